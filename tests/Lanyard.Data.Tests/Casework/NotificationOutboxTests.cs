using Lanyard.Core.Notifications;
using Lanyard.Data.Notifications;

namespace Lanyard.Data.Tests.Casework;

public sealed class NotificationOutboxTests
{
    private static readonly DateTimeOffset Now = CaseworkWorld.Now;

    private static Notification For(CaseworkWorld world, long recipient, DateTimeOffset at) => new()
    {
        OrganisationId = world.SchoolId,
        RecipientPersonId = recipient,
        Subject = "A case needs your assessment",
        Body = "Case 12 is waiting for an initial assessment.",
        Link = "/cases/12",
        CreatedAt = at,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pending_ThenSent_LeavesThePendingList(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var world = await CaseworkWorld.CreateAsync(work);
        var outbox = new NotificationOutboxStore(work);
        var later = await outbox.EnqueueAsync(For(world, world.DslId, Now.AddMinutes(1)), CancellationToken.None);
        var first = await outbox.EnqueueAsync(For(world, world.TeacherId, Now), CancellationToken.None);

        (await outbox.PendingAsync(10, CancellationToken.None)).Select(n => n.Id).ShouldBe([first, later]);
        (await outbox.PendingAsync(1, CancellationToken.None)).Select(n => n.Id).ShouldBe([first]);

        await outbox.MarkSentAsync(first, Now.AddMinutes(2), CancellationToken.None);

        (await outbox.PendingAsync(10, CancellationToken.None)).Select(n => n.Id).ShouldBe([later]);
        var sent = (await outbox.ForRecipientAsync(world.TeacherId, CancellationToken.None)).ShouldHaveSingleItem();
        sent.ShouldBe(For(world, world.TeacherId, Now) with { Id = first, SentAt = Now.AddMinutes(2), Attempts = 1 });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Failed_CountsAttempts_AndStopsOfferingAfterTheLimit(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var world = await CaseworkWorld.CreateAsync(work);
        var outbox = new NotificationOutboxStore(work);
        var id = await outbox.EnqueueAsync(For(world, world.DslId, Now), CancellationToken.None);

        await outbox.MarkFailedAsync(id, "SmtpException: mailbox unavailable", CancellationToken.None);

        var pending = (await outbox.PendingAsync(10, CancellationToken.None)).ShouldHaveSingleItem();
        (pending.Attempts, pending.LastError, pending.SentAt).ShouldBe((1, (string?)"SmtpException: mailbox unavailable", (DateTimeOffset?)null));

        for (var i = 1; i < NotificationOutboxStore.MaxAttempts; i++)
        {
            await outbox.MarkFailedAsync(id, "again", CancellationToken.None);
        }

        (await outbox.PendingAsync(10, CancellationToken.None)).ShouldBeEmpty();
        (await outbox.ForRecipientAsync(world.DslId, CancellationToken.None)).ShouldHaveSingleItem().Attempts.ShouldBe(NotificationOutboxStore.MaxAttempts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Read_ByTheRecipient_IsKept_AndNoLongerPending(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var world = await CaseworkWorld.CreateAsync(work);
        var outbox = new NotificationOutboxStore(work);
        var older = await outbox.EnqueueAsync(For(world, world.DslId, Now), CancellationToken.None);
        var newer = await outbox.EnqueueAsync(For(world, world.DslId, Now.AddHours(1)), CancellationToken.None);

        await outbox.MarkReadAsync(older, world.DslId, Now.AddHours(2), CancellationToken.None);
        await outbox.MarkReadAsync(older, world.DslId, Now.AddHours(3), CancellationToken.None);

        var mine = await outbox.ForRecipientAsync(world.DslId, CancellationToken.None);
        mine.Select(n => (n.Id, n.ReadAt)).ShouldBe([(newer, (DateTimeOffset?)null), (older, Now.AddHours(2))]);
        (await outbox.PendingAsync(10, CancellationToken.None)).Select(n => n.Id).ShouldBe([newer]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Read_BySomeoneElse_IsRefused_AndUnknownIdsAreRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var world = await CaseworkWorld.CreateAsync(work);
        var outbox = new NotificationOutboxStore(work);
        var id = await outbox.EnqueueAsync(For(world, world.DslId, Now), CancellationToken.None);

        await Should.ThrowAsync<InvalidOperationException>(() => outbox.MarkReadAsync(id, world.TeacherId, Now, CancellationToken.None));
        await Should.ThrowAsync<InvalidOperationException>(() => outbox.MarkSentAsync(id + 100, Now, CancellationToken.None));
        await Should.ThrowAsync<InvalidOperationException>(() => outbox.MarkFailedAsync(id + 100, "x", CancellationToken.None));
        (await outbox.ForRecipientAsync(world.DslId, CancellationToken.None)).ShouldHaveSingleItem().ReadAt.ShouldBeNull();
    }
}
