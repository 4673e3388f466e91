namespace Lanyard.Core.Accounts;

/// <summary>
/// Where official accounts are kept, each with the outcome of judging it. Implemented over a real
/// database in Lanyard.Data; the use cases in this folder decide what may be written.
/// </summary>
public interface IOfficialAccountRegister
{
    /// <summary>An organisation's accounts, by platform then handle or address.</summary>
    Task<IReadOnlyList<RegisteredAccount>> ListAsync(long organisationId, CancellationToken cancellationToken);

    /// <summary>One account, or null.</summary>
    Task<RegisteredAccount?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Stores a new account with how it was judged; returns its id.</summary>
    /// <param name="account">The facts.</param>
    /// <param name="validation">How they were judged; never a rejection.</param>
    /// <param name="validatedOn">The day they were judged.</param>
    /// <param name="recordedAt">Now.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<long> AddAsync(OfficialAccount account, AccountValidation validation, DateOnly validatedOn, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>Replaces an account's facts (admins included) and how they were judged.</summary>
    /// <exception cref="InvalidOperationException">No account has that id in the account's organisation.</exception>
    Task UpdateAsync(long id, OfficialAccount account, AccountValidation validation, DateOnly validatedOn, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>Adds an attestation to the account's history and moves its next attestation date.</summary>
    /// <exception cref="InvalidOperationException">No account has that id.</exception>
    Task RecordAttestationAsync(long id, AttestationRecord attestation, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Accounts whose next attestation falls on or before <paramref name="day"/>, soonest first: every
    /// organisation's (for a scheduled reminder) or one organisation's.
    /// </summary>
    Task<IReadOnlyList<RegisteredAccount>> ListDueForAttestationAsync(DateOnly day, long? organisationId, CancellationToken cancellationToken);
}
