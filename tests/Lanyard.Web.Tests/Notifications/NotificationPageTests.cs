using System.Net;
using Lanyard.Core.Notifications;
using Lanyard.Data;
using Lanyard.Data.Notifications;
using Lanyard.Web.Tests.People;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Notifications;

/// <summary>/notifications and the unread badge: the signed-in person's own notifications only; opening one marks it read.</summary>
public sealed class NotificationPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task Inbox_ListsOwnNotificationsNewestFirst_UnreadHighlighted_AndTheBadgeCountsThem()
    {
        var me = await RegisterData.StaffIdAsync(factory, "comms@heathcoat.demo");
        await EnqueueAsync(me, "Older-subject", "/cases/1");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await EnqueueAsync(me, "Newer-subject", "/cases/2");
        using var client = await factory.CreateSignedInClientAsync("comms@heathcoat.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/notifications", UriKind.Relative)));
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        html.IndexOf("Newer-subject", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Older-subject", StringComparison.Ordinal));
        html.ShouldContain("<li class=\"notification notification-unread\">");
        html.ShouldContain("2 unread.");
        home.ShouldContain("<span class=\"badge-count\">2<span class=\"visually-hidden\"> unread</span></span>");
    }

    [Fact]
    public async Task Opening_MarksItRead_ThenGoesToItsLink()
    {
        var me = await RegisterData.StaffIdAsync(factory, "dsl@heathcoat.demo");
        var id = await EnqueueAsync(me, "Open-me", "/packs");
        using var client = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(new Uri("/notifications", UriKind.Relative));

        using var form = Antiforgery.Form(page, []);
        using var response = await client.PostAsync(new Uri($"/notifications?handler=Open&id={id}", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/packs");
        (await factory.ScalarAsync<string>("SELECT read_at FROM notifications WHERE id = @Id", new { Id = id })).ShouldNotBeNull();
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/notifications", UriKind.Relative)));
        after.ShouldNotContain("<li class=\"notification notification-unread\">");
    }

    [Fact]
    public async Task Opening_WithoutTheAntiforgeryToken_IsRefused()
    {
        var me = await RegisterData.StaffIdAsync(factory, "head@heathcoat.demo");
        var id = await EnqueueAsync(me, "Forged", "/packs");
        using var client = await factory.CreateSignedInClientAsync("head@heathcoat.demo", allowAutoRedirect: false);

        using var response = await client.PostAsync(new Uri($"/notifications?handler=Open&id={id}", UriKind.Relative), new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.ScalarAsync<string>("SELECT read_at FROM notifications WHERE id = @Id", new { Id = id })).ShouldBeNull();
    }

    [Fact]
    public async Task SomeoneElsesNotification_IsNotFound_AndNeitherShownNorMarked()
    {
        var other = await RegisterData.StaffIdAsync(factory, "slt@heathcoat.demo");
        var id = await EnqueueAsync(other, "Not-yours", "/packs");
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(new Uri("/notifications", UriKind.Relative));

        using var form = Antiforgery.Form(await client.GetStringAsync(new Uri("/check", UriKind.Relative)), []);
        using var response = await client.PostAsync(new Uri($"/notifications?handler=Open&id={id}", UriKind.Relative), form);

        page.ShouldNotContain("Not-yours");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.ScalarAsync<string>("SELECT read_at FROM notifications WHERE id = @Id", new { Id = id })).ShouldBeNull();
    }

    [Fact]
    public async Task ALinkToAnotherSite_IsNotFollowed()
    {
        var me = await RegisterData.StaffIdAsync(factory, "it@heathcoat.demo");
        var id = await EnqueueAsync(me, "Elsewhere", "https://elsewhere.example/");
        using var client = await factory.CreateSignedInClientAsync("it@heathcoat.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(new Uri("/notifications", UriKind.Relative));

        using var form = Antiforgery.Form(page, []);
        using var response = await client.PostAsync(new Uri($"/notifications?handler=Open&id={id}", UriKind.Relative), form);

        response.Headers.Location!.OriginalString.ShouldBe("/notifications");
    }

    private async Task<long> EnqueueAsync(long personId, string subject, string link)
    {
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var organisation = await work.ExecuteScalarAsync<long>("SELECT organisation_id FROM people WHERE id = @Id", new { Id = personId }, CancellationToken.None);
        var id = await new NotificationOutboxStore(work).EnqueueAsync(
            new Notification { OrganisationId = organisation, RecipientPersonId = personId, Subject = subject, Body = "Open it to see what is needed.", Link = link, CreatedAt = factory.Clock.GetUtcNow() },
            CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return id;
    }
}
