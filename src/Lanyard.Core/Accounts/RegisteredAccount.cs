namespace Lanyard.Core.Accounts;

/// <summary>
/// An account as the register holds it: its facts, how they were judged when last saved (the
/// decision, every problem and the pack version), and the latest attestation. Rejected accounts are
/// never stored, so <see cref="AccountValidation.Decision"/> is accepted, flagged or held.
/// </summary>
/// <param name="Id">The register's id.</param>
/// <param name="Account">The facts.</param>
/// <param name="Validation">How they were judged when last added or updated.</param>
/// <param name="ValidatedOn">The day they were judged.</param>
/// <param name="RecordedAt">When the account was first added.</param>
/// <param name="LastAttestation">The latest attestation, or null when nobody has confirmed the entry since it was added.</param>
public sealed record RegisteredAccount(
    long Id,
    OfficialAccount Account,
    AccountValidation Validation,
    DateOnly ValidatedOn,
    DateTimeOffset RecordedAt,
    AttestationRecord? LastAttestation);
