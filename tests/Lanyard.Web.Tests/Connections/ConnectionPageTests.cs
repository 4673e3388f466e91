using System.Globalization;
using System.Net;

namespace Lanyard.Web.Tests.Connections;

/// <summary>/connections and /connections/history: a member of staff asks about their own connections.</summary>
public sealed class ConnectionPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task Search_FindsPupilsLeaversParentsAndStaff_EachSaidForWhatTheyAre()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/connections?q=Morgan", UriKind.Relative)));

        html.ShouldContain("Evie Morgan <span class=\"muted\">former pupil, left in July");
        html.ShouldContain("parent or carer of Evie Morgan");
        html.ShouldNotContain("1 person matches", Case.Sensitive, "Evie and her parent both match");
    }

    [Fact]
    public async Task Search_NeverFindsAnotherSchoolsPeople()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var amelia = await ConnectionPages.FindAsync(client, "Amelia Hughes");
        using var other = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        var html = await ConnectionPages.AskAsync(other, amelia, "Message", "Instagram");

        html.ShouldContain("Choose a person of Heathcoat Primary School.");
        html.ShouldContain("aria-describedby=\"who-hint who-error\"");
        html.ShouldNotContain("Amelia Hughes");
    }

    [Fact]
    public async Task Ask_TestbourneTeacherMessagesPupilUnder18_BlockedCiting5d04_WithTheClauseLinked()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var amelia = await ConnectionPages.FindAsync(client, "Amelia Hughes");

        var html = await ConnectionPages.AskAsync(client, amelia, "Message", "Instagram");

        html.ShouldContain("<span class=\"verdict verdict-block\">block</span> No, the policy does not allow this.");
        html.ShouldContain("May this member of staff message Amelia Hughes, a current pupil, on Instagram?");
        html.ShouldContain("<a class=\"clause-ref\" href=\"/packs/testbourne#testbourne.5d.04\">testbourne.5d.04</a>");
        html.ShouldContain("Judged under <a href=\"/packs/testbourne\">testbourne</a> version 1.1.0");
        html.ShouldContain("The policy lets the head teacher authorise it.");
    }

    [Fact]
    public async Task Ask_FormerPupilAged20AtTestbourne_AllowedWithTheWarningBand5d07()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var evie = await ConnectionPages.FindAsync(client, "Evie");

        var html = await ConnectionPages.AskAsync(client, evie, "Follow", "Instagram");

        html.ShouldContain("<span class=\"verdict verdict-warn\">warn</span>");
        html.ShouldContain("testbourne.5d.07");
    }

    [Fact]
    public async Task Ask_SomeoneNotInTheRegister_IsAnsweredAndRecorded()
    {
        using var client = await factory.CreateSignedInClientAsync("deputy@testbourne.demo");
        var page = await client.GetStringAsync(new Uri("/connections", UriKind.Relative));
        using var form = Antiforgery.Form(page, new()
        {
            ["Input.Who"] = "outsider",
            ["Input.OutsiderName"] = "Jordan Ellis",
            ["Input.OutsiderDateOfBirth"] = "1990-04-02",
            ["Input.Action"] = "SendRequest",
            ["Input.Platform"] = "Facebook",
        });

        using var response = await client.PostAsync(new Uri("/connections", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("May this member of staff send a request to Jordan Ellis, someone with no recorded link to the school, on Facebook?");
        html.ShouldContain("verdict verdict-allow");
    }

    [Fact]
    public async Task Ask_WithNothingChosen_ShowsEachErrorBesideItsField()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");
        var page = await client.GetStringAsync(new Uri("/connections", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Input.Platform"] = "  " });

        using var response = await client.PostAsync(new Uri("/connections", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<p class=\"field-error\" id=\"who-error\">Choose the other person from the register, or describe them if they are not in it.</p>");
        html.ShouldContain("<p class=\"field-error\" id=\"action-error\">Ask about one action: follow, accept a request, send a request, message or engage.</p>");
        html.ShouldContain("<p class=\"field-error\" id=\"platform-error\">Name the platform (for example Facebook or Instagram).</p>");
        html.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task Ask_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Who"] = "outsider", ["Input.OutsiderName"] = "X", ["Input.Action"] = "Follow", ["Input.Platform"] = "X" });

        using var response = await client.PostAsync(new Uri("/connections", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task History_ShowsOnlyTheSignedInMembersOwnChecks()
    {
        using var asker = await factory.CreateSignedInClientAsync("head-of-house@testbourne.demo");
        var jacob = await ConnectionPages.FindAsync(asker, "Jacob Evans");
        var answer = await ConnectionPages.AskAsync(asker, jacob, "AcceptRequest", "Snapchat");
        var checkId = ConnectionPages.CheckId(answer).ToString(CultureInfo.InvariantCulture);
        using var colleague = await factory.CreateSignedInClientAsync("line-manager@testbourne.demo");

        var mine = WebUtility.HtmlDecode(await asker.GetStringAsync(new Uri("/connections/history", UriKind.Relative)));
        var theirs = WebUtility.HtmlDecode(await colleague.GetStringAsync(new Uri("/connections/history", UriKind.Relative)));

        mine.ShouldContain("May this member of staff accept a request from Jacob Evans, a former pupil, on Snapchat?");
        mine.ShouldContain($"recorded as check {checkId}");
        theirs.ShouldNotContain("Jacob Evans");
    }

    [Fact]
    public async Task SchoolOutOfScope_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await client.GetAsync(new Uri("/connections?school=999999", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
