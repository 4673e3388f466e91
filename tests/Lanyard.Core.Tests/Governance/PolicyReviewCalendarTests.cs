using System.Globalization;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Governance;

/// <summary>
/// Each shipped pack walked through two years, one day at a time on a manual clock, with the
/// reviews a school might hold; the walk records every day the status or the due date changes.
/// </summary>
public class PolicyReviewCalendarTests
{
    private const ReviewStatus NotDue = ReviewStatus.NotDue;
    private const ReviewStatus DueSoon = ReviewStatus.DueSoon;
    private const ReviewStatus DueToday = ReviewStatus.DueToday;
    private const ReviewStatus Overdue = ReviewStatus.Overdue;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CompletedReview NoChange(string day, string approver) => new(Day(day), ReviewOutcome.NoChange, approver);

    private static CompletedReview NewVersion(string day, string approver, string version) => new(Day(day), ReviewOutcome.NewVersion, approver, version);

    /// <summary>Every day on which the status or the next due date differs from the day before, as "day status due".</summary>
    private static List<string> Walk(PolicyPack pack, IReadOnlyList<CompletedReview> history, string from, int days = 730)
    {
        // Noon UTC is the same calendar day in every time zone the test machine might use.
        var clock = new ManualClock(new DateTimeOffset(Day(from).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var changes = new List<string>();
        string? last = null;
        for (var i = 0; i < days; i++)
        {
            var state = PolicyReviewCalendar.Now(pack, history, clock);
            var now = $"{state.Status} {state.NextDue?.ToString() ?? "-"}";
            if (now != last)
            {
                changes.Add($"{state.Today:yyyy-MM-dd} {now}");
                last = now;
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        return changes;
    }

    private static string Step(string day, ReviewStatus status, string due) => $"{day} {status} {due}";

    [Fact]
    public void Testbourne_meta_01_AnnualCycle_TwoYears_RemindersAtTwentyEightDaysOverdueTheDayAfter()
    {
        var pack = BuiltInPacks.Get("testbourne");
        CompletedReview[] history = [NoChange("2019-05-10", "Full Governing Body"), NewVersion("2020-04-30", "Full Governing Body", "1.2.0")];

        var walk = Walk(pack, history, "2019-01-01");

        walk.ShouldBe(
        [
            Step("2019-01-01", NotDue, "2019-04-24"),   // lastReviewed 2018-04-24 + 12 months (meta.06's April 2018 overtaken)
            Step("2019-03-27", DueSoon, "2019-04-24"),  // 28 days before
            Step("2019-04-24", DueToday, "2019-04-24"),
            Step("2019-04-25", Overdue, "2019-04-24"),
            Step("2019-05-10", NotDue, "2020-05-10"),   // reviewed late: the cycle runs from the review
            Step("2020-04-12", DueSoon, "2020-05-10"),
            Step("2020-04-30", NotDue, "2021-04-30"),   // reviewed early: so does the next one
        ]);
    }

    [Fact]
    public void Heathcoat_evaluation_02_AnnualCycle_TwoYears()
    {
        var pack = BuiltInPacks.Get("heathcoat");
        const string Committee = "Learning, Progress and Welfare Committee";
        CompletedReview[] history = [NewVersion("2022-12-01", Committee, "November 2022"), NoChange("2024-01-15", Committee)];

        var walk = Walk(pack, history, "2022-09-01");

        walk.ShouldBe(
        [
            Step("2022-09-01", NotDue, "2022-11-10"),   // approved 2021-11-10, reviewed annually
            Step("2022-10-13", DueSoon, "2022-11-10"),
            Step("2022-11-10", DueToday, "2022-11-10"),
            Step("2022-11-11", Overdue, "2022-11-10"),
            Step("2022-12-01", NotDue, "2023-12-01"),
            Step("2023-11-03", DueSoon, "2023-12-01"),
            Step("2023-12-01", DueToday, "2023-12-01"),
            Step("2023-12-02", Overdue, "2023-12-01"),
            Step("2024-01-15", NotDue, "2025-01-15"),
        ]);
        PolicyReviewCalendar.On(pack, history, Day("2023-06-01")).Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Chapmanslade_review_03_ThreeYearCycle_TwoYears_AStatedMonthIsDueByItsLastDay()
    {
        var pack = BuiltInPacks.Get("chapmanslade");
        CompletedReview[] history = [NoChange("2024-11-20", "Governing Board")];

        var walk = Walk(pack, history, "2024-01-01");

        walk.ShouldBe(
        [
            Step("2024-01-01", NotDue, "2024-10"),      // review.05: "Next Review – October 2024"
            Step("2024-10-03", DueSoon, "2024-10"),     // 28 days before 31 October
            Step("2024-10-31", DueToday, "2024-10"),
            Step("2024-11-01", Overdue, "2024-10"),
            Step("2024-11-20", NotDue, "2027-11-20"),   // three years on from the review
        ]);
    }

    [Fact]
    public void Cambrian_meta_04_ThreeYearCycle_TwoYears_BiYearlyContradictionIsAWarning()
    {
        var pack = BuiltInPacks.Get("cambrian");
        CompletedReview[] history = [NoChange("2026-01-15", "COO")];

        var walk = Walk(pack, history, "2025-06-01");

        walk.ShouldBe(
        [
            Step("2025-06-01", NotDue, "2025-12-19"),   // meta.03/.04: last reviewed 19/12/2022, 3-year cycle
            Step("2025-11-21", DueSoon, "2025-12-19"),
            Step("2025-12-19", DueToday, "2025-12-19"),
            Step("2025-12-20", Overdue, "2025-12-19"),
            Step("2026-01-15", NotDue, "2029-01-15"),
        ]);
        var state = PolicyReviewCalendar.On(pack, history, Day("2026-02-01"));
        state.Warnings.ShouldHaveSingleItem().ShouldContain("bi-yearly");
        state.Warnings[0].ShouldContain("cambrian.monitoring-review.02");
    }

    [Fact]
    public void StMarys_meta_03_NoCycle_TwoYears_NeverDueAlwaysWarned()
    {
        var pack = BuiltInPacks.Get("st-marys-sefton");
        CompletedReview[] history = [NoChange("2023-02-01", "Governing Body")];

        var walk = Walk(pack, history, "2022-02-22");

        walk.ShouldBe([Step("2022-02-22", ReviewStatus.NoCycleSet, "-")]);
        var state = PolicyReviewCalendar.On(pack, history, Day("2023-06-01"));
        state.LastReviewed.ShouldBe(PackDate.Of(Day("2023-02-01")));
        state.DueBy.ShouldBeNull();
        state.RemindFrom.ShouldBeNull();
        state.Warnings[0].ShouldStartWith("No review cycle set");
        state.Warnings.Count.ShouldBe(2); // and the pack's own note on the gap (meta.03), as the loader reports it
        state.Warnings[1].ShouldContain("No review cycle, next-review date or reviewing body is given");
        state.Clauses.ShouldBe(["st-marys-sefton.meta.03"]);
    }

    [Fact]
    public void On_ReminderStartsExactlyTwentyEightDaysBefore_testbourne_meta_01()
    {
        var pack = BuiltInPacks.Get("testbourne");

        var before = PolicyReviewCalendar.On(pack, [], Day("2019-03-26"));
        var first = PolicyReviewCalendar.On(pack, [], Day("2019-03-27"));

        before.Status.ShouldBe(NotDue);
        first.Status.ShouldBe(DueSoon);
        first.RemindFrom.ShouldBe(Day("2019-03-27"));
        first.DueBy.ShouldBe(Day("2019-04-24"));
        first.DaysOverdue.ShouldBe(0);
    }

    [Fact]
    public void On_Overdue_CountsTheDaysPastTheDueDay()
    {
        var pack = BuiltInPacks.Get("testbourne");

        var state = PolicyReviewCalendar.On(pack, [], Day("2019-05-09"));

        state.Status.ShouldBe(Overdue);
        state.DaysOverdue.ShouldBe(15);
    }

    [Fact]
    public void On_ReviewOlderThanThePacksOwnLastReview_DoesNotMoveTheCycle()
    {
        var pack = BuiltInPacks.Get("testbourne");

        var state = PolicyReviewCalendar.On(pack, [NoChange("2017-06-01", "Full Governing Body")], Day("2019-01-01"));

        state.NextDue.ShouldBe(PackDate.Of(Day("2019-04-24")));
        state.LastCompleted.ShouldBeNull();
        state.LastReviewed.ShouldBe(PackDate.Of(Day("2018-04-24")));
    }

    [Fact]
    public void On_LatestReviewCounts_WhateverOrderTheHistoryIsIn()
    {
        var pack = BuiltInPacks.Get("cambrian");
        var late = NewVersion("2027-03-01", "COO", "2.0");

        var state = PolicyReviewCalendar.On(pack, [late, NoChange("2026-01-15", "COO")], Day("2027-06-01"));

        state.LastCompleted.ShouldBe(late);
        state.NextDue.ShouldBe(PackDate.Of(Day("2030-03-01")));
    }

    [Fact]
    public void CompletedReview_IsValidFromTheMomentItExists()
    {
        Should.Throw<ArgumentException>(() => new CompletedReview(Day("2024-01-01"), ReviewOutcome.NoChange, " "));
        Should.Throw<ArgumentException>(() => new CompletedReview(Day("2024-01-01"), ReviewOutcome.NewVersion, "Governing Board"));
        Should.Throw<ArgumentException>(() => new CompletedReview(Day("2024-01-01"), ReviewOutcome.NoChange, "Governing Board", "2.0"));
        new CompletedReview(Day("2024-01-01"), ReviewOutcome.NewVersion, " Governing Board ", "2.0").ApprovedBy.ShouldBe("Governing Board");
    }
}
