using System.Globalization;
using Lanyard.Core.Accounts;
using Lanyard.Core.Casework;
using Lanyard.Core.Connections;
using Lanyard.Core.Consent;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Lanyard.Core.Users;

namespace Lanyard.Core.Dashboard;

/// <summary>
/// Use case: what needs the signed-in member of staff's attention, school by school. Each kind of
/// item is shown only to the roles that act on it (least privilege: a teacher sees no consent gaps
/// or other people's held requests): policy reviews and review tasks to leadership and governors,
/// held connection requests to the person they are addressed to, account attestations and consent
/// gaps to the register administrators, case tasks to the person who owns them (a pack role they hold,
/// or a task with no owner on a case assigned to them) and only on cases they read in full
/// (<see cref="CaseAccess"/>), so a task title never reveals a case they may not open. Reminders start
/// 28 days before a date.
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
    public sealed record Registers(IOrganisationRegister Organisations, IPeopleRegister People, IConsentRegister Consent, IConnectionLog Connections, IOfficialAccountRegister Accounts, IReviewTaskRegister Reviews)
    {
        /// <summary>
        /// The case register; when not given (a host without casework yet), no case tasks are shown.
        /// Each case's tasks are read under the pack version recorded on it, from the policy register
        /// in <see cref="Governance"/>; without that register no case tasks are shown either.
        /// </summary>
        public ICaseStore? Cases { get; init; }

        /// <summary>
        /// The governance registers; when given, the policy's review position (the register's
        /// calendar, counting completed reviews), declarations and training are shown (the person's
        /// own declaration to them; review, completion and training due to leadership and governors).
        /// Without them nothing about the policy's governance is shown: there is no second reckoning
        /// of the review date that could disagree with the policy register.
        /// </summary>
        public GovernancePorts? Governance { get; init; }
    }

    /// <summary>Gathers the items.</summary>
    public static async Task<Result> HandleAsync(Request request, Registers registers, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(clock);
        var today = UkTime.Today(clock);
        var governs = AccessPolicies.Allows(AccessPolicies.Leadership, request.Roles) || AccessPolicies.Allows(AccessPolicies.Governance, request.Roles);
        var administers = AccessPolicies.Allows(AccessPolicies.RegisterAdmin, request.Roles) || request.Roles.Contains(StaffRole.CommsLead);
        var schools = await SchoolsInScope.HandleAsync(request.OrganisationId, registers.Organisations, cancellationToken).ConfigureAwait(false);
        var scope = schools.Select(s => s.Id).ToList();
        var now = clock.GetUtcNow();
        var cases = registers.Cases is { } store && registers.Governance is not null && scope.Count > 0 ? await store.ListAsync(scope, cancellationToken).ConfigureAwait(false) : [];
        var openTasks = registers.Governance is { } register
            ? await CaseReading.OpenTasksAsync(cases, new CasePacks(registers.Organisations, register.Versions), now, cancellationToken).ConfigureAwait(false)
            : _ => [];
        var result = new List<SchoolItems>();
        foreach (var school in schools)
        {
            var context = await SchoolInContext.FindAsync(school.Id, registers.Organisations, cancellationToken).ConfigureAwait(false);
            if (context is null)
            {
                continue;
            }

            var items = new List<AttentionItem>();
            if (registers.Governance is { } governance && context.Pack is not null)
            {
                items.AddRange(await GovernanceItemsAsync(request, school, governs, governance, clock, cancellationToken).ConfigureAwait(false));
            }

            if (governs && context.Pack is { } pack)
            {
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
                    $"Opened {Day(UkTime.DateOf(hold.Hold.OpenedAt))}: {hold.Decision.Question}",
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

            foreach (var file in cases.Where(f => f.Case.OrganisationId == school.Id && CaseAccess.LevelFor(request.Roles, request.PersonId, f, scope) == CaseAccessLevel.Full))
            {
                items.AddRange(CaseTaskItems(file, openTasks(file), request.Roles, request.PersonId, now));
            }

            result.Add(new SchoolItems(context, [.. items.OrderBy(i => i.Urgency).ThenBy(i => i.Kind)]));
        }

        return new Result(today, result);
    }

    /// <summary>
    /// Governance at one school: the person's own declaration when they owe one there; for
    /// leadership and governors the review position from the calendar (completed reviews move it on),
    /// declaration completion and who is due training.
    /// </summary>
    private static async Task<List<AttentionItem>> GovernanceItemsAsync(Request request, Organisation school, bool governs, GovernancePorts governance, TimeProvider clock, CancellationToken cancellationToken)
    {
        var items = new List<AttentionItem>();
        var query = $"?org={school.Id.ToString(CultureInfo.InvariantCulture)}";
        var declarations = await DeclarationStatus.HandleAsync(school.Id, governance, clock, cancellationToken).ConfigureAwait(false);
        var clauses = declarations.Rule?.Clauses ?? [];
        if (declarations.Entries.FirstOrDefault(e => e.Person.Id == request.PersonId) is { State: not DeclarationState.UpToDate } mine && declarations.InForce is { } inForce)
        {
            items.Add(mine.State == DeclarationState.Reacknowledge
                ? new AttentionItem(AttentionKind.Declaration, AttentionUrgency.Due, "Sign the changes to the policy",
                    $"Version {inForce.VersionLabel} is in force: read and sign the {mine.ClausesToAcknowledge.Count} clause{(mine.ClausesToAcknowledge.Count == 1 ? string.Empty : "s")} that changed.", "/governance/declaration", mine.ClausesToAcknowledge)
                : new AttentionItem(AttentionKind.Declaration, AttentionUrgency.Due, "Sign the policy declaration",
                    $"{declarations.Message} You have not signed version {inForce.VersionLabel} yet.", "/governance/declaration", clauses));
        }

        if (!governs)
        {
            return items;
        }

        if (await Governance.PolicyReviewStatus.PositionAsync(school.Id, governance, clock, cancellationToken).ConfigureAwait(false) is { } review)
        {
            var state = review.State;
            var title = review.InForce.Pack.Title;
            var link = $"/governance{query}";
            var item = state.Status switch
            {
                ReviewStatus.NoCycleSet => new AttentionItem(AttentionKind.PolicyReview, AttentionUrgency.Notice, "No review cycle set",
                    $"{title} states no review cycle. Decide one with the governing body so the policy cannot drift out of date.", link, state.Clauses),
                ReviewStatus.Overdue => new AttentionItem(AttentionKind.PolicyReview, AttentionUrgency.Overdue, "Policy review overdue",
                    $"{title} (version {review.InForce.VersionLabel}) was due for review by {Day(state.DueBy!.Value)}; it is {state.DaysOverdue} days overdue.", link, state.Clauses),
                ReviewStatus.DueSoon or ReviewStatus.DueToday => new AttentionItem(AttentionKind.PolicyReview, AttentionUrgency.Due, "Policy review due soon",
                    $"{title} (version {review.InForce.VersionLabel}) is due for review by {Day(state.DueBy!.Value)}.", link, state.Clauses),
                _ => null,
            };
            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (declarations.Required && declarations.OutstandingCount > 0 && declarations.InForce is { } signed)
        {
            items.Add(new AttentionItem(AttentionKind.Declaration, AttentionUrgency.Notice,
                $"Declarations {declarations.CompletionPercent?.ToString("0.#", CultureInfo.InvariantCulture) ?? "0"}% complete",
                $"{declarations.SignedCount} of {declarations.Entries.Count} staff bound by version {signed.VersionLabel} have signed; {declarations.OutstandingCount} have not.", $"/governance/declarations{query}", clauses));
        }

        var training = await TrainingDue.HandleAsync(school.Id, governance, clock, cancellationToken).ConfigureAwait(false);
        if (training.Required && training.DueCount > 0)
        {
            items.Add(new AttentionItem(AttentionKind.Training, AttentionUrgency.Due,
                training.DueCount == 1 ? "1 member of staff is due social media training" : $"{training.DueCount} members of staff are due social media training",
                training.Message, $"/governance/training{query}", training.Rule?.Clauses ?? []));
        }

        return items;
    }

    /// <summary>
    /// The items for a case's open tasks that are the person's: a task owned by a pack role they hold,
    /// or a task with no owner on a case assigned to them. The caller has checked they read the case in full.
    /// </summary>
    internal static IEnumerable<AttentionItem> CaseTaskItems(CaseFile file, IReadOnlyList<CaseTask> tasks, IReadOnlyCollection<StaffRole> roles, long personId, DateTimeOffset now)
    {
        var assigned = CaseAccess.IsAssignedTo(file, personId);
        foreach (var task in tasks.OrderBy(t => t.Due))
        {
            var theirs = task.OwnerRole is { } owner ? ConnectionRoles.HoldersOf(owner).Any(roles.Contains) : assigned;
            if (!theirs)
            {
                continue;
            }

            var overdue = task.IsOverdueAt(now);
            var due = UkTime.DateOf(task.Due);
            yield return new AttentionItem(AttentionKind.CaseTask, overdue ? AttentionUrgency.Overdue : AttentionUrgency.Due, task.Title,
                $"Case {file.Case.Id.ToString(CultureInfo.InvariantCulture)} ({Workflows.WorkflowText.Kebab(file.Case.Type)}): {(overdue ? "was due" : "due")} {Day(due)}{(task.Mandatory ? "; the case cannot close until it is done" : string.Empty)}.",
                $"/cases/{file.Case.Id.ToString(CultureInfo.InvariantCulture)}", task.Clause is { } clause ? [clause] : []);
        }
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
