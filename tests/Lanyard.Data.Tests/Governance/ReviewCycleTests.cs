using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Data.Tests.Governance;

/// <summary>Reviews on both providers: the calendar over two years, early-review triggers, closing a review.</summary>
public class ReviewCycleTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_review_03_and_05_TwoYearsOfReviews_OverdueThenReviewed_TriggerOpensEarlyReview_NewVersionClosesIt(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", new DateOnly(2024, 9, 1));
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);
        var teacher = await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);
        Task<PolicyReviewStatus.Result?> Status() => PolicyReviewStatus.HandleAsync(school.OrganisationId, school.Ports, school.Clock, CancellationToken.None);
        Task<CompletePolicyReview.Result> Complete(long actor, ReviewOutcome outcome, long? version = null) =>
            CompletePolicyReview.HandleAsync(new CompletePolicyReview.Request(school.OrganisationId, actor, outcome, version), school.Ports, school.Clock, CancellationToken.None);

        var seen = new List<(DateOnly, ReviewStatus)>();
        for (var day = new DateOnly(2024, 9, 1); day <= new DateOnly(2024, 11, 14); day = day.AddDays(1))
        {
            school.Clock.SetToday(day);
            seen.Add((day, (await Status())!.State.Status));
        }

        var byTeacher = await Complete(teacher, ReviewOutcome.NoChange);
        var reviewed = await Complete(governor, ReviewOutcome.NoChange);
        var afterReview = await Status();

        school.Clock.SetToday(new DateOnly(2025, 3, 10));
        var trigger = await RecordReviewTrigger.HandleAsync(new RecordReviewTrigger.Request(school.OrganisationId, head, ReviewTrigger.StatutoryGuidanceChange, "KCSIE 2025 published"), school.Ports, school.Clock, CancellationToken.None);
        var duplicate = await RecordReviewTrigger.HandleAsync(new RecordReviewTrigger.Request(school.OrganisationId, head, ReviewTrigger.StatutoryGuidanceChange, "again"), school.Ports, school.Clock, CancellationToken.None);
        var unlisted = await RecordReviewTrigger.HandleAsync(new RecordReviewTrigger.Request(school.OrganisationId, head, ReviewTrigger.CaseLaw, "A ruling"), school.Ports, school.Clock, CancellationToken.None);
        var version = await school.NewVersionAsync(head, governor, "March 2025", "chapmanslade.scope.05", new DateOnly(2025, 4, 1));
        var closed = await Complete(governor, ReviewOutcome.NewVersion, version.Id);
        school.Clock.SetToday(new DateOnly(2026, 9, 1));
        var twoYearsOn = await Status();

        seen.First(s => s.Item2 == ReviewStatus.DueSoon).Item1.ShouldBe(new DateOnly(2024, 10, 3));
        seen.First(s => s.Item2 == ReviewStatus.DueToday).Item1.ShouldBe(new DateOnly(2024, 10, 31));
        seen.First(s => s.Item2 == ReviewStatus.Overdue).Item1.ShouldBe(new DateOnly(2024, 11, 1));
        byTeacher.Errors["actor"].ShouldContain("Governing Board");
        reviewed.Errors.ShouldBeEmpty();
        reviewed.Review!.ApprovingBody.ShouldBe("Governing Board");
        afterReview!.State.Status.ShouldBe(ReviewStatus.NotDue);
        afterReview.State.DueBy.ShouldBe(new DateOnly(2027, 11, 14));
        trigger.Errors.ShouldBeEmpty();
        trigger.PolicyNamesTrigger.ShouldBeTrue();
        trigger.Task!.ClauseId.ShouldBe("chapmanslade.review.05");
        duplicate.Errors["trigger"].ShouldContain("already open");
        unlisted.Notice.ShouldBe(RecordReviewTrigger.NotNamedNotice);
        unlisted.Task!.ClauseId.ShouldBeNull();
        closed.Errors.ShouldBeEmpty();
        closed.ClosedTasks.Select(t => t.Trigger).ShouldBe([ReviewTrigger.StatutoryGuidanceChange, ReviewTrigger.CaseLaw]);
        closed.ClosedTasks.ShouldAllBe(t => t.Outcome == "New version March 2025");
        (await school.Ports.ReviewTasks.ListOpenAsync(school.OrganisationId, CancellationToken.None)).ShouldBeEmpty();
        twoYearsOn!.InForce.VersionLabel.ShouldBe("March 2025");
        twoYearsOn.State.LastCompleted!.NewVersion.ShouldBe("March 2025");
        twoYearsOn.State.DueBy.ShouldBe(new DateOnly(2028, 3, 10));
        twoYearsOn.Completed.Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cambrian_monitoring_review_03_SignificantIncident_OpensOneTaskPerCase_ChapmansladeSilent_OpensNone(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var trust = await GovernanceTestSchool.CreateAsync(work, "cambrian", new DateOnly(2026, 1, 5));
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", new DateOnly(2026, 1, 5));
        Task<RecordReviewTrigger.IncidentReview> Incident(GovernanceTestSchool at, long caseId) => RecordReviewTrigger.SignificantIncidentAsync(
            at.OrganisationId, caseId, at.Ports.Organisations, at.Ports.Versions, at.Ports.ReviewTasks, at.Clock, CancellationToken.None);

        var task = await Incident(trust, 41);
        var again = await Incident(trust, 41);
        var silent = await Incident(school, 7);

        task.Task.ShouldNotBeNull().ClauseId.ShouldBe("cambrian.monitoring-review.03");
        task.Task.CaseId.ShouldBe(41);
        again.Task.ShouldBeNull();
        again.Notice.ShouldBe("An early policy review for this case is already open (raised 5 January 2026).");
        silent.Task.ShouldBeNull();
        silent.Notice.ShouldBe("The policy in force (October 2021) does not name significant incidents among its review triggers, so no early review was opened.");
        (await trust.Ports.ReviewTasks.ListOpenAsync(trust.OrganisationId, CancellationToken.None)).Single().CaseId.ShouldBe(41);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_meta_03_NoReviewCycleSet_IsAWarning(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "st-marys-sefton", new DateOnly(2026, 1, 5));

        var status = await PolicyReviewStatus.HandleAsync(school.OrganisationId, school.Ports, school.Clock, CancellationToken.None);

        status!.State.Status.ShouldBe(ReviewStatus.NoCycleSet);
        status.State.Warnings[0].ShouldStartWith("No review cycle set");
    }
}
