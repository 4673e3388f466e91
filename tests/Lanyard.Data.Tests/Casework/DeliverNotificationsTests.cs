using Lanyard.Core.Notifications;
using Lanyard.Data.Notifications;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.Casework;

public sealed class DeliverNotificationsTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static Notification For(CaseworkWorld world, long recipient) => new()
    {
        OrganisationId = world.SchoolId,
        RecipientPersonId = recipient,
        Subject = "A case needs your assessment",
        Body = "Case 12 is waiting for an initial assessment.",
        Link = "/cases/12",
        CreatedAt = CaseworkWorld.Now,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Round_SendsToTheRegistersEmail_AndRecordsAFailureWithoutOne(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var server = new LoopbackSmtpServer();
        var clock = new FixedClock(CaseworkWorld.Now.AddMinutes(1));
        long toDsl, toTeacher;
        CaseworkWorld world;
        await using (var work = db.Work())
        {
            world = await CaseworkWorld.CreateAsync(work);
            var outbox = new NotificationOutboxStore(work);
            toDsl = await outbox.EnqueueAsync(For(world, world.DslId), CancellationToken.None);
            toTeacher = await outbox.EnqueueAsync(For(world, world.TeacherId), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        DeliverNotifications.Result result;
        await using (var work = db.Work())
        {
            result = await DeliverNotifications.HandleAsync(
                new DeliverNotifications.Request(10),
                new NotificationOutboxStore(work),
                new PeopleStore(work),
                new SmtpNotificationSender(new SmtpSettings { Host = "127.0.0.1", Port = server.Port, EnableSsl = false, From = "lanyard@school.example" }),
                clock,
                CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        result.Sent.ShouldBe([toDsl]);
        result.Failed.ShouldBe([toTeacher]);
        server.Messages.ShouldHaveSingleItem().To.ShouldBe(["<dsl@school.example>"]);
        await using var read = db.Work();
        var outboxAfter = new NotificationOutboxStore(read);
        var dsl = (await outboxAfter.ForRecipientAsync(world.DslId, CancellationToken.None)).ShouldHaveSingleItem();
        (dsl.SentAt, dsl.Attempts, dsl.LastError).ShouldBe((CaseworkWorld.Now.AddMinutes(1), 1, null));
        var teacher = (await outboxAfter.ForRecipientAsync(world.TeacherId, CancellationToken.None)).ShouldHaveSingleItem();
        (teacher.SentAt, teacher.Attempts, teacher.LastError).ShouldBe((null, 1, "The recipient has no email address in the people register."));
        (await outboxAfter.PendingAsync(10, CancellationToken.None)).Select(n => n.Id).ShouldBe([toTeacher]);
    }

    [Fact]
    public async Task Round_RelayRefuses_RecordsTheFailure_WithoutTheAddress_AndKeepsItPending()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = new LoopbackSmtpServer(refuseRecipients: true);
        long id;
        await using (var work = db.Work())
        {
            var world = await CaseworkWorld.CreateAsync(work);
            id = await new NotificationOutboxStore(work).EnqueueAsync(For(world, world.DslId), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using (var work = db.Work())
        {
            var result = await DeliverNotifications.HandleAsync(
                new DeliverNotifications.Request(10),
                new NotificationOutboxStore(work),
                new PeopleStore(work),
                new SmtpNotificationSender(new SmtpSettings { Host = "127.0.0.1", Port = server.Port, EnableSsl = false, From = "lanyard@school.example" }),
                new FixedClock(CaseworkWorld.Now),
                CancellationToken.None);
            result.Failed.ShouldBe([id]);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var read = db.Work();
        var pending = (await new NotificationOutboxStore(read).PendingAsync(10, CancellationToken.None)).ShouldHaveSingleItem();
        pending.Attempts.ShouldBe(1);
        pending.LastError.ShouldNotBeNull().ShouldStartWith("SmtpFailedRecipientException");
        pending.LastError.ShouldNotContain("dsl@school.example");
    }
}
