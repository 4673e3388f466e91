using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.Time;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: a school's account register as a page or a command shows it. Each account comes with
/// how it was judged when last saved (decision, problems, pack version), where it stands against its
/// next attestation today, and the open policy review its registration raised, if any.
/// </summary>
public static class ListOfficialAccounts
{
    /// <summary>One account.</summary>
    /// <param name="Id">The register's id (for the edit and attest pages).</param>
    /// <param name="Account">The facts.</param>
    /// <param name="Validation">How they were judged when last added or updated.</param>
    /// <param name="ValidatedOn">The day they were judged.</param>
    /// <param name="JudgedUnderPackInForce">False when the school's pack (or its version) has changed since: saving the entry again re-judges it.</param>
    /// <param name="Attestation">Not scheduled, not yet due, due today or overdue, as of today.</param>
    /// <param name="LastAttestation">Who last confirmed the entry and when; null when nobody has.</param>
    /// <param name="PendingPolicyReview">The open review task registering this account raised, when there is one.</param>
    public sealed record Item(
        long Id,
        OfficialAccount Account,
        AccountValidation Validation,
        DateOnly ValidatedOn,
        bool JudgedUnderPackInForce,
        AttestationStatus Attestation,
        AttestationRecord? LastAttestation,
        ReviewTask? PendingPolicyReview);

    /// <summary>The register.</summary>
    /// <param name="School">The school and the pack in force there.</param>
    /// <param name="Today">The day the attestation statuses are worked out for.</param>
    /// <param name="Accounts">Its accounts, by platform then handle or address.</param>
    public sealed record Result(SchoolInContext School, DateOnly Today, IReadOnlyList<Item> Accounts)
    {
        /// <summary>Accounts whose attestation date has passed.</summary>
        public int AttestationsOverdue => Accounts.Count(a => a.Attestation.State == AttestationState.Overdue);

        /// <summary>Accounts whose attestation falls today.</summary>
        public int AttestationsDueToday => Accounts.Count(a => a.Attestation.State == AttestationState.DueToday);
    }

    /// <summary>The register of one organisation; null when the organisation is not in the register.</summary>
    public static async Task<Result?> HandleAsync(
        long organisationId,
        IOrganisationRegister organisations,
        IOfficialAccountRegister accounts,
        IReviewTaskRegister reviews,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(clock);
        var school = await SchoolInContext.FindAsync(organisationId, organisations, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return null;
        }

        var today = UkTime.Today(clock);
        var stored = await accounts.ListAsync(organisationId, cancellationToken).ConfigureAwait(false);
        var open = await reviews.ListOpenAsync(organisationId, cancellationToken).ConfigureAwait(false);
        var reviewByAccount = open.Where(t => t.AccountId is not null).GroupBy(t => t.AccountId!.Value).ToDictionary(g => g.Key, g => g.First());
        var items = stored.Select(a => new Item(
            a.Id,
            a.Account,
            a.Validation,
            a.ValidatedOn,
            school.Pack is { } pack && pack.Id == a.Validation.PackId && pack.Version == a.Validation.PackVersion,
            AccountAttestation.Handle(a.Account, school.Pack, today),
            a.LastAttestation,
            reviewByAccount.GetValueOrDefault(a.Id)));
        return new Result(school, today, [.. items]);
    }
}
