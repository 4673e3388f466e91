using System.Globalization;
using Lanyard.Core.Accounts;
using Lanyard.Core.Connections;
using Lanyard.Core.Consent;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Users;

namespace Lanyard.Core.Dashboard;

/// <summary>
/// Use case: what needs the signed-in member of staff's attention, school by school. Each kind of
/// item is shown only to the roles that act on it (least privilege: a teacher sees no consent gaps
/// or other people's held requests): policy reviews and review tasks to leadership and governors,
/// held connection requests to the person they are addressed to, account attestations and consent
/// gaps to the register administrators. Reminders start 28 days before a date.
/// </summary>
public static class WhatNeedsAttention
{
    /// <summary>Reminders begin this many days before a due date.</summary>
    public const int ReminderDays = 28;

    /// <summary>Who is asking.</summary>
    /// <param name="OrganisationId">Their organisation (a school, or a trust or federation).</param>
    /// <param name="PersonId">Their person id.</param>
    /// <param name="Roles">Their roles.</param>
    public sealed record Request(long OrganisationId, long PersonId, IReadOnlyList<StaffRole> Roles);

    /// <summary>One school's items.</summary>
    /// <param name="School">The school and the pack in force.</param>
    /// <param name="Items">Most urgent first.</param>
    public sealed record SchoolItems(SchoolInContext School, IReadOnlyList<AttentionItem> Items);

    /// <summary>The dashboard.</summary>
    /// <param name="Today">The day it was worked out for.</param>
    /// <param name="Schools">One entry per school in the person's scope.</param>
    public sealed record Result(DateOnly Today, IReadOnlyList<SchoolItems> Schools)
    {
        /// <summary>How many items in all.</summary>
        public int Count => Schools.Sum(s => s.Items.Count);
    }

    /// <summary>The ports the dashboard reads.</summary>
    /// <param name="Organisations">Organisations.</param>
    /// <param name="People">People.</param>
    /// <param name="Consent">Consent.</param>
    /// <param name="Connections">Connection decisions and held requests.</param>
    /// <param name="Accounts">Official accounts.</param>
    /// <param name="Reviews">Review tasks.</param>
    public sealed record Registers(IOrganisationRegister Organisations, IPeopleRegister People, IConsentRegister Consent, IConnectionLog Connections, IOfficialAccountRegister Accounts, IReviewTaskRegister Reviews);

    /// <summary>Gathers the items.</summary>
    public static async Task<Result> HandleAsync(Request request, Registers registers, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(clock);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var governs = AccessPolicies.Allows(AccessPolicies.Leadership, request.Roles) || AccessPolicies.Allows(AccessPolicies.Governance, request.Roles);
        var administers = AccessPolicies.Allows(AccessPolicies.RegisterAdmin, request.Roles) || request.Roles.Contains(StaffRole.CommsLead);
        var schools = await SchoolsInScope.HandleAsync(request.OrganisationId, registers.Organisations, cancellationToken).ConfigureAwait(false);
        var result = new List<SchoolItems>();
        foreach (var school in schools)
        {
            var context = await SchoolInContext.FindAsync(school.Id, registers.Organisations, cancellationToken).ConfigureAwait(false);
            if (context is null)
            {
                continue;
            }

            var items = new List<AttentionItem>();
            if (governs && context.Pack is { } pack)
            {
                items.AddRange(PolicyReview(pack, today));
                foreach (var task in await registers.Reviews.ListOpenAsync(school.Id, cancellationToken).ConfigureAwait(false))
                {
                    var overdue = task.DueOn is { } due && due < today;
                    items.Add(new AttentionItem(AttentionKind.ReviewTask, overdue ? AttentionUrgency.Overdue : AttentionUrgency.Due, task.Title,
                        $"{task.Description} Raised {Day(task.RaisedOn)}{(task.DueOn is { } d ? $", due {Day(d)}" : string.Empty)}.",
                        $"/packs/{pack.Id}", task.ClauseId is { } c ? [c] : []));
                }
            }

            var holds = await ListOpenHoldRequests.HandleAsync(new ListOpenHoldRequests.Request(school.Id, request.PersonId), registers.Organisations, registers.People, registers.Connections, cancellationToken).ConfigureAwait(false);
            foreach (var hold in holds)
            {
                items.Add(new AttentionItem(AttentionKind.ConnectionRequest, AttentionUrgency.Due, "A connection request is waiting for your decision",
                    $"Opened {Day(DateOnly.FromDateTime(hold.Hold.OpenedAt.UtcDateTime))}: {hold.Decision.Question}",
                    "/connections/requests", [.. hold.Decision.Reasons.SelectMany(r => r.ClauseIds).Distinct(StringComparer.Ordinal)]));
            }

            if (administers)
            {
                var accounts = await ListOfficialAccounts.HandleAsync(school.Id, registers.Organisations, registers.Accounts, registers.Reviews, clock, cancellationToken).ConfigureAwait(false);
                foreach (var account in accounts?.Accounts ?? [])
                {
                    var state = account.Attestation.State;
                    var dueSoon = account.Attestation.DueOn is { } dueOn && dueOn <= today.AddDays(ReminderDays);
                    if (state is AttestationState.Overdue or AttestationState.DueToday || (state == AttestationState.NotYetDue && dueSoon))
                    {
                        items.Add(new AttentionItem(AttentionKind.AccountAttestation, state == AttestationState.Overdue ? AttentionUrgency.Overdue : AttentionUrgency.Due,
                            $"Confirm the register entry for {account.Account}", account.Attestation.Message, $"/accounts/{account.Id.ToString(CultureInfo.InvariantCulture)}/attest", account.Attestation.ClauseIds));
                    }
                }

                var year = context.SchoolYearOn(today);
                var consent = await ConsentOverview.HandleAsync(context, year, registers.People, registers.Consent, cancellationToken).ConfigureAwait(false);
                var unanswered = consent.Lines.Count(l => l.Pupil.IsOnRoll(today) && !l.NeverPublish && l.Photo[ConsentChannel.OfficialSocialMedia].Recorded is null);
                if (unanswered > 0 && consent.Model != ConsentModel.OptOut)
                {
                    items.Add(new AttentionItem(AttentionKind.ConsentGap, AttentionUrgency.Notice,
                        unanswered == 1 ? "1 pupil has no photo consent answer this year" : $"{unanswered} pupils have no photo consent answer this year",
                        $"{consent.ModelNote} School year {year}.", "/consent", context.Pack?.Parameters.Consent?.Clauses ?? []));
                }
            }

            result.Add(new SchoolItems(context, [.. items.OrderBy(i => i.Urgency).ThenBy(i => i.Kind)]));
        }

        return new Result(today, result);
    }

    private static IEnumerable<AttentionItem> PolicyReview(PolicyPack pack, DateOnly today)
    {
        var clauses = pack.Review.Clauses;
        if (pack.Review.CycleMonths is null && pack.Review.NextReview is null)
        {
            yield return new AttentionItem(AttentionKind.PolicyReview, AttentionUrgency.Notice, "No review cycle set",
                $"{pack.Title} states no review cycle and no review date. Decide one with the governing body so the policy cannot drift out of date.",
                $"/packs/{pack.Id}", clauses);
            yield break;
        }

        if (pack.Review.NextDue(pack.Approval.Date) is not { } next)
        {
            yield break;
        }

        var due = next.Latest;
        if (due < today)
        {
            yield return new AttentionItem(AttentionKind.PolicyReview, AttentionUrgency.Overdue, "Policy review overdue",
                $"{pack.Title} (version {pack.Version}) was due for review by {next}; it is {today.DayNumber - due.DayNumber} days overdue.",
                $"/packs/{pack.Id}", clauses);
        }
        else if (due <= today.AddDays(ReminderDays))
        {
            yield return new AttentionItem(AttentionKind.PolicyReview, AttentionUrgency.Due, "Policy review due soon",
                $"{pack.Title} (version {pack.Version}) is due for review by {next}.", $"/packs/{pack.Id}", clauses);
        }
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
