using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Data.Notifications;

namespace Lanyard.Data.Tests.Governance;

/// <summary>
/// Issue 6, "reminders at 28 days before and when overdue", sent: Chapmanslade's review falls due at
/// the end of October 2024 (chapmanslade.review.01); the head teacher and the governors (the
/// Governing Board approves it) are told once when it is due, once when overdue, and not again after
/// the review is recorded. St Mary's, with no cycle, is never reminded.
/// </summary>
public class ReviewReminderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_review_01_RemindedAt28DaysAndWhenOverdue_EachOnce_ToTheHeadAndGovernors_NotTheTeacher(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", new DateOnly(2024, 9, 20));
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);
        var teacher = await school.StaffAsync("Tia", "Teacher", StaffRole.Teacher);
        var outbox = new NotificationOutboxStore(work);
        Task<SendReviewReminders.Result> RunAsync() => SendReviewReminders.HandleAsync(school.Ports, outbox, school.Clock, CancellationToken.None);

        (await RunAsync()).Reminders.ShouldBeEmpty("41 days before 31 October 2024: not yet");

        school.Clock.SetToday(new DateOnly(2024, 10, 3));
        var due = await RunAsync();
        var again = await RunAsync();

        due.Reminders.Select(r => r.RecipientPersonId).Order().ShouldBe(new[] { head, governor }.Order());
        due.Reminders.ShouldAllBe(r => r.Subject == "Policy review due by 31 October 2024");
        again.Reminders.ShouldBeEmpty("each reminder is sent once");
        var message = (await outbox.ForRecipientAsync(head, CancellationToken.None)).ShouldHaveSingleItem();
        message.Body.ShouldContain("is due for review by 31 October 2024 (chapmanslade.review.01");
        message.Link.ShouldBe("/governance");
        (await outbox.ForRecipientAsync(teacher, CancellationToken.None)).ShouldBeEmpty();

        school.Clock.SetToday(new DateOnly(2024, 11, 1));
        var overdue = await RunAsync();

        overdue.Reminders.Count.ShouldBe(2);
        overdue.Reminders.ShouldAllBe(r => r.Subject == "Policy review overdue since 31 October 2024");

        (await CompletePolicyReview.HandleAsync(new CompletePolicyReview.Request(school.OrganisationId, governor, ReviewOutcome.NoChange), school.Ports, school.Clock, CancellationToken.None))
            .Errors.ShouldBeEmpty();
        (await RunAsync()).Reminders.ShouldBeEmpty("reviewed today: the next review is three years away");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_meta_03_NoReviewCycle_IsNeverReminded(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "st-marys-sefton", new DateOnly(2026, 3, 2));
        await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);

        (await SendReviewReminders.HandleAsync(school.Ports, new NotificationOutboxStore(work), school.Clock, CancellationToken.None)).Reminders.ShouldBeEmpty();
    }
}
