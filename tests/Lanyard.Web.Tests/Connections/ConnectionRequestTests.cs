using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests.Connections;

/// <summary>/connections/requests: holds reach the role that decides them; exceptions, advice and refusals settle them.</summary>
public sealed partial class ConnectionRequestTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Theory]
    [InlineData("teacher@testbourne.demo")]
    [InlineData("it@testbourne.demo")]
    [InlineData("slt@stmarys.demo")]
    public async Task StaffOutsideSafeguarding_AreForbidden(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri("/connections/requests", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task StMarys_ParentsFriendRequest_IsHeld_AndReachesTheHeadTeacher_NotTheDsl()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@stmarys.demo");
        var parent = await ConnectionPages.FindAsync(teacher, "Rachel Bennett");

        var answer = await ConnectionPages.AskAsync(teacher, parent, "AcceptRequest", "Facebook");
        var queue = await PageAsync("head@stmarys.demo");
        var dslQueue = await PageAsync("dsl@stmarys.demo");

        answer.ShouldContain("<span class=\"verdict verdict-hold\">hold</span> Not yet: someone must decide first.");
        answer.ShouldContain("st-marys-sefton.5-4d.01");
        var holdId = HoldOpened().Match(answer).Groups[1].Value;
        answer.ShouldContain("A request is open for the <strong>head teacher</strong> to decide");
        holdId.ShouldNotBeEmpty();
        queue.ShouldContain($"Request {holdId}: ");
        queue.ShouldContain("and Rachel Bennett</h3>");
        queue.ShouldContain("Record your advice");
        dslQueue.ShouldNotContain($"Request {holdId}: ");
    }

    [Fact]
    public async Task StMarys_HeadAdvisesGoAhead_TheRecheckAllows_AndTheRequestLeavesTheQueue()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@stmarys.demo");
        var parent = await ConnectionPages.FindAsync(teacher, "David Hughes");
        var answer = await ConnectionPages.AskAsync(teacher, parent, "AcceptRequest", "Instagram");
        var holdId = HoldOpened().Match(answer).Groups[1].Value;
        using var head = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var page = await head.GetStringAsync(new Uri("/connections/requests", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Advice.HoldId"] = holdId, ["Advice.MayConnect"] = "true", ["Advice.Note"] = "Known to the family for years" });

        using var response = await head.PostAsync(new Uri("/connections/requests?handler=Advice", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Advice recorded for ");
        html.ShouldContain($"Request {holdId} is now <strong>granted</strong>: Known to the family for years");
        Recheck(html).ShouldContain("<span class=\"verdict verdict-allow\">allow</span>");
        html.ShouldNotContain($"Request {holdId}: ");
    }

    [Fact]
    public async Task TestbourneDsl_GrantsAnExceptionForABlockedCheck_TheRecheckAllows()
    {
        using var teacher = await factory.CreateSignedInClientAsync("volunteer@testbourne.demo");
        var pupil = await ConnectionPages.FindAsync(teacher, "Noah Adeyemi");
        var blocked = await ConnectionPages.AskAsync(teacher, pupil, "Message", "WhatsApp");
        var checkId = ConnectionPages.CheckId(blocked).ToString(CultureInfo.InvariantCulture);
        using var dsl = await factory.CreateSignedInClientAsync("dsl@testbourne.demo");
        var page = await dsl.GetStringAsync(new Uri("/connections/requests", UriKind.Relative));
        page.ShouldContain($"Check {checkId}: ");
        var until = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddMonths(2);
        using var form = Antiforgery.Form(page, new()
        {
            ["Grant.DecisionId"] = checkId,
            ["Grant.Until"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Grant.Reason"] = "Coaches Noah's football team; fixtures only",
        });

        using var response = await dsl.PostAsync(new Uri("/connections/requests?handler=Grant", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Exception granted to ");
        var recheck = Recheck(html);
        recheck.ShouldContain("<span class=\"verdict verdict-allow\">allow</span>");
        recheck.ShouldContain("the rule says block; an exception lifts it");
        recheck.ShouldContain("testbourne.5d.04");
        recheck.ShouldContain("Coaches Noah's football team; fixtures only");
        html.ShouldNotContain($"Check {checkId}: ");
    }

    [Fact]
    public async Task Grant_WithoutAReasonOrADate_ShowsTheErrorsBesideThatFormOnly()
    {
        using var teacher = await factory.CreateSignedInClientAsync("contractor@testbourne.demo");
        var pupil = await ConnectionPages.FindAsync(teacher, "Harry Clarke");
        var checkId = ConnectionPages.CheckId(await ConnectionPages.AskAsync(teacher, pupil, "Follow", "TikTok")).ToString(CultureInfo.InvariantCulture);
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        var page = await head.GetStringAsync(new Uri("/connections/requests", UriKind.Relative));
        var past = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        using var form = Antiforgery.Form(page, new() { ["Grant.DecisionId"] = checkId, ["Grant.Until"] = past.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Grant.Reason"] = "" });

        using var response = await head.PostAsync(new Uri("/connections/requests?handler=Grant", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"<p class=\"field-error\" id=\"grant-check-{checkId}-until-error\">An exception cannot end in the past");
        html.ShouldContain($"<p class=\"field-error\" id=\"grant-check-{checkId}-reason-error\">Say why the exception is granted");
        html.ShouldContain($"aria-describedby=\"grant-check-{checkId}-reason-hint grant-check-{checkId}-reason-error\"");
        Regex.Count(html, "class=\"field-error\"").ShouldBe(2);
        html.ShouldContain($"Check {checkId}: ", Case.Sensitive, "nothing was granted, so the check still waits");
    }

    private async Task<string> PageAsync(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/connections/requests", UriKind.Relative)));
    }

    private static string Recheck(string html)
    {
        var start = html.IndexOf("id=\"recheck-heading\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the page shows the question asked again");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"\(request (\d+), opened")]
    private static partial Regex HoldOpened();
}
