using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data.Users;

namespace Lanyard.Data;

/// <summary>
/// A few demo cases, one or two per demo school, reported and worked through the same use cases as
/// the case pages (<see cref="ReportConcern"/>, <see cref="TakeCaseStep"/>) by the demo sign-ins, so
/// each runs its school's own procedure: Heathcoat's parent-post ladder waits after a refusal,
/// Chapmanslade's parent post waits for SLT's initial assessment, Testbourne's accidental access
/// waits for IT and SLT. Every story and handle is invented. Seeded only into a demo school with
/// no cases, after the demo staff and pupils.
/// </summary>
public static class DemoCases
{
    private sealed record DemoStep(StaffRole By, CaseStep Step, (string Key, string Value)[] Details, string? Note = null);

    private sealed record DemoCase(string Domain, StaffRole Reporter, CaseType Type, string Summary, string? Where, bool PupilSubject, DemoStep[] Steps);

    private static readonly DemoCase[] Cases =
    [
        new("heathcoat.demo", StaffRole.Teacher, CaseType.ParentPost,
            "A parent posted on the school's Facebook page that a named teacher 'ignores bullying' and asked other parents to complain.",
            "https://facebook.example/HeathcoatPrimary/posts/1001", false,
            [
                new(StaffRole.Headteacher, CaseStep.InitialAssessment, [], "Parent post about a member of staff; parent-post procedure."),
                new(StaffRole.Headteacher, CaseStep.DiscussWithParent, [], "Spoke to the parent after school."),
                new(StaffRole.Headteacher, CaseStep.RequestRemoval, [], "Asked for the post to be taken down."),
                new(StaffRole.Headteacher, CaseStep.RecordResponse, [(CaseDetails.Response, "refused-and-continuing")], "Parent refused and posted again the next day."),
            ]),
        new("heathcoat.demo", StaffRole.Teacher, CaseType.SafeguardingConcern,
            "A Year 6 pupil said an adult they met in an online game keeps asking them to move to a private chat.",
            "Online game chat", true, []),
        new("chapmanslade.demo", StaffRole.Teacher, CaseType.ParentPost,
            "A comment under the village newsletter's post calls the school 'a disgrace' and names a class teacher.",
            "https://facebook.example/ChapmansladeNews/posts/77", false, []),
        new("testbourne.demo", StaffRole.Teacher, CaseType.AccidentalAccess,
            "A search for a history resource opened a gambling site on the classroom PC; the tab was closed at once.",
            "Classroom PC, room 12", false, []),
        new("cambrian.demo", StaffRole.Teacher, CaseType.UnsolicitedContact,
            "A pupil sent a friend request and a direct message to a teacher's personal Instagram account.",
            "Instagram", true, []),
        new("stmarys.demo", StaffRole.Teacher, CaseType.OnlineAbuseOfStaff,
            "A parents' group chat screenshot shared on Facebook calls a teacher 'useless' and mocks her appearance.",
            "https://facebook.example/groups/stmarysparents/posts/12", false, []),
    ];

    /// <summary>Seeds the cases of each demo school that has none; returns how many were added.</summary>
    /// <exception cref="InvalidOperationException">A demo case or step was refused: the demo no longer fits its pack.</exception>
    public static async Task<int> SeedAsync(
        IOrganisationRegister organisations,
        IPeopleRegister people,
        IUserStore users,
        ICaseStore cases,
        INotificationOutbox outbox,
        IAuditLog audit,
        EarlyReviewPorts reviews,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(clock);
        var added = 0;
        foreach (var group in Cases.GroupBy(c => c.Domain))
        {
            var reporter = await ActorAsync(users, StaffRole.Teacher, group.Key, cancellationToken).ConfigureAwait(false);
            if (reporter is null || (await cases.ListAsync([reporter.OrganisationId], cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                continue;
            }

            var pupil = (await people.ListAsync(reporter.OrganisationId, PersonKind.Pupil, cancellationToken).ConfigureAwait(false))
                .OrderBy(p => p.Id).FirstOrDefault(p => p.YearGroup is "6" or "Year 6") ??
                (await people.ListAsync(reporter.OrganisationId, PersonKind.Pupil, cancellationToken).ConfigureAwait(false)).OrderBy(p => p.Id).FirstOrDefault();
            foreach (var demo in group)
            {
                var actor = await ActorAsync(users, demo.Reporter, demo.Domain, cancellationToken).ConfigureAwait(false) ?? reporter;
                var parties = demo.PupilSubject && pupil is not null
                    ? new[] { new ReportConcern.PartyInput(pupil.Id, null, PartyKind.Pupil, PartyRole.Subject) }
                    : demo.Type == CaseType.OnlineAbuseOfStaff
                        ? [new ReportConcern.PartyInput(actor.PersonId, null, PartyKind.Staff, PartyRole.Subject), new ReportConcern.PartyInput(null, "Parent in a group chat (name not known)", PartyKind.Parent, PartyRole.AllegedPerpetrator)]
                        : [new ReportConcern.PartyInput(null, "A parent (social media profile)", PartyKind.Parent, PartyRole.AllegedPerpetrator)];
                var report = await ReportConcern.HandleAsync(
                    new ReportConcern.Request(actor, actor.OrganisationId, demo.Type, demo.Summary, demo.Where, clock.GetUtcNow().AddHours(-30), parties, [], null),
                    organisations, people, cases, outbox, audit, clock, cancellationToken).ConfigureAwait(false);
                if (report.CaseId is not { } caseId)
                {
                    throw new InvalidOperationException($"Demo case at {demo.Domain} was refused: {string.Join(" ", report.Errors.Values)}");
                }

                foreach (var step in demo.Steps)
                {
                    var by = await ActorAsync(users, step.By, demo.Domain, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException($"Demo sign-in for {step.By} at {demo.Domain} is missing.");
                    var taken = await TakeCaseStep.HandleAsync(
                        new TakeCaseStep.Request(by, caseId, step.Step, step.Details.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal), step.Note, null),
                        cases, people, organisations, outbox, audit, reviews, clock, cancellationToken).ConfigureAwait(false);
                    if (!taken.Succeeded)
                    {
                        throw new InvalidOperationException($"Demo step {step.Step} at {demo.Domain} was refused: {taken.Refusal} {string.Join(" ", taken.Errors.Values)}");
                    }
                }

                added++;
            }
        }

        return added;
    }

    private static async Task<CaseActor?> ActorAsync(IUserStore users, StaffRole role, string domain, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(DemoUsers.Email(role, domain), cancellationToken).ConfigureAwait(false) is not { } credentials
            || await users.FindAsync(credentials.Account.Id, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return null;
        }

        return new CaseActor(account.Id, account.PersonId, account.DisplayName, account.OrganisationId, account.Roles);
    }
}
