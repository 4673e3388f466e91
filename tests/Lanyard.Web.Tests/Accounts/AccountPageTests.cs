using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests.Accounts;

/// <summary>/accounts, /accounts/new, /accounts/{id}/edit and /accounts/{id}/attest: the official account register.</summary>
public sealed partial class AccountPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task Register_ShowsTheDemoAccounts_WithTheirDecisionsClausesAndAttestation()
    {
        using var client = await factory.CreateSignedInClientAsync("it@testbourne.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/accounts", UriKind.Relative)));

        var x = Row(html, "@TestbourneCS");
        x.ShouldContain("<span class=\"verdict verdict-allow\">accepted</span>");
        x.ShouldContain("<span class=\"verdict verdict-block\">overdue</span>");
        var youtube = Row(html, "@TestbourneMusic");
        youtube.ShouldContain("<span class=\"verdict verdict-hold\">held</span>");
        youtube.ShouldContain("<a class=\"clause-ref\" href=\"/packs/testbourne#testbourne.5b.21\">testbourne.5b.21</a>");
        html.ShouldContain("1 overdue");
    }

    [Fact]
    public async Task Chapmanslade_FirstAccountsReviewTask_IsShownOnTheRegisterAndTheDashboard()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var register = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/accounts", UriKind.Relative)));
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        register.ShouldContain("<h2 id=\"review-");
        register.ShouldContain("href=\"/packs/chapmanslade#chapmanslade.review.01\"");
        register.ShouldContain("by registering Facebook @ChapmansladeSchool");
        dashboard.ShouldContain("chapmanslade.review.01");
    }

    [Theory]
    [InlineData("/accounts")]
    [InlineData("/accounts/new")]
    public async Task Teacher_IsForbidden(string path)
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Heathcoat_CurriculumAccountOnGmail_IsRefusedCitingSanctioned07_AndNothingIsSaved()
    {
        using var client = await factory.CreateSignedInClientAsync("head@heathcoat.demo");
        var before = await factory.ScalarAsync<long>("SELECT count(*) FROM official_accounts", null);
        var page = await client.GetStringAsync(new Uri("/accounts/new", UriKind.Relative));
        var head = StaffOption(page, "Helen");

        using var response = await client.PostAsync(new Uri("/accounts/new", UriKind.Relative), Antiforgery.Form(page, With(Compliant(head, "@HeathcoatClass6", "heathcoat.demo", "curriculum"), ("Input.LinkedEmail", "class6teacher@gmail.com"))));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The account was not saved");
        var error = Regex.Match(html, "<p class=\"field-error\" id=\"f-linkedemail-error\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        error.ShouldContain("class6teacher@gmail.com");
        error.ShouldContain("(<a class=\"clause-inline\" href=\"/packs/heathcoat#heathcoat.sanctioned.07\">heathcoat.sanctioned.07</a>)");
        html.ShouldContain("aria-describedby=\"f-linkedemail-hint f-linkedemail-error\" aria-invalid=\"true\"");
        html.ShouldContain("value=\"@HeathcoatClass6\"", Case.Sensitive, "the form keeps what was typed");
        (await factory.ScalarAsync<long>("SELECT count(*) FROM official_accounts", null)).ShouldBe(before);
    }

    [Fact]
    public async Task New_CompliantAccount_IsRegistered_AndConfirmedOnTheRegister()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@stmarys.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(new Uri("/accounts/new", UriKind.Relative));

        using var response = await client.PostAsync(new Uri("/accounts/new", UriKind.Relative), Antiforgery.Form(page, With(Compliant(StaffOption(page, "Helen"), "@StMarysYear6", "stmarys.demo", "closed-space"), ("Input.SafetyMeasures", "Members only; the class teacher approves every post"))));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/accounts?saved=");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(location, UriKind.Relative)));
        html.ShouldContain("Instagram @StMarysYear6 saved: accepted.");
        Row(html, "@StMarysYear6").ShouldContain("closed space");
    }

    [Fact]
    public async Task New_AdminRowWithABadEmail_ShowsTheErrorBesideThatRow()
    {
        using var client = await factory.CreateSignedInClientAsync("it@cambrian.demo");
        var page = await client.GetStringAsync(new Uri("/accounts/new", UriKind.Relative));

        using var response = await client.PostAsync(new Uri("/accounts/new", UriKind.Relative), Antiforgery.Form(page, With(Compliant(null, "@CambrianPE", "cambrian.demo", "curriculum"), ("Input.Admins[1].Name", "Sports Coaching Ltd"), ("Input.Admins[1].Email", "not-an-email"))));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<p class=\"field-error\" id=\"f-admins-1-email-error\">");
        html.ShouldContain("id=\"f-admins-1-email\" name=\"Input.Admins[1].Email\" type=\"email\" value=\"not-an-email\"");
    }

    [Fact]
    public async Task Edit_ChangesTheEntry_AndARejectedChangeLeavesItAsItWas()
    {
        using var client = await factory.CreateSignedInClientAsync("head@heathcoat.demo", allowAutoRedirect: false);
        var register = await client.GetStringAsync(new Uri("/accounts", UriKind.Relative));
        var id = EditLink().Match(register).Groups[1].Value;
        var edit = await client.GetStringAsync(new Uri($"/accounts/{id}/edit", UriKind.Relative));
        edit.ShouldContain("value=\"@HeathcoatPrimary\"");

        using var bad = await client.PostAsync(new Uri($"/accounts/{id}/edit", UriKind.Relative), Antiforgery.Form(edit, With(FormFields(edit), ("Input.Admins[0].PersonId", ""), ("Input.Admins[0].Name", ""), ("Input.Admins[0].Email", ""))));
        using var good = await client.PostAsync(new Uri($"/accounts/{id}/edit", UriKind.Relative), Antiforgery.Form(edit, With(FormFields(edit), ("Input.DisplayName", "Heathcoat Primary (official)"))));

        var refused = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        refused.ShouldContain("heathcoat.sanctioned.03");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/accounts", UriKind.Relative)));
        Row(after, "@HeathcoatPrimary").ShouldContain("Heathcoat Primary (official)");
    }

    [Fact]
    public async Task Attest_RecordsWhoConfirmed_AndANextDateBeforeTodayIsRefused()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@testbourne.demo", allowAutoRedirect: false);
        var today = DateOnly.FromDateTime(factory.Clock.GetLocalNow().DateTime);
        var form = await client.GetStringAsync(new Uri("/accounts/new", UriKind.Relative));
        using var added = await client.PostAsync(new Uri("/accounts/new", UriKind.Relative), Antiforgery.Form(form, With(Compliant(null, "@TestbourneDrama", "testbourne.demo", "curriculum"), ("Input.NextAttestationOn", Iso(today.AddDays(-2))))));
        var id = SavedId().Match(added.Headers.Location!.ToString()).Groups[1].Value;
        Row(WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/accounts", UriKind.Relative))), "@TestbourneDrama").ShouldContain(">overdue</span>");
        var page = await client.GetStringAsync(new Uri($"/accounts/{id}/attest", UriKind.Relative));

        using var refused = await client.PostAsync(new Uri($"/accounts/{id}/attest", UriKind.Relative), Antiforgery.Form(page, new() { ["Input.NextAttestationOn"] = Iso(today.AddDays(-1)) }));
        using var recorded = await client.PostAsync(new Uri($"/accounts/{id}/attest", UriKind.Relative), Antiforgery.Form(page, new() { ["Input.NextAttestationOn"] = Iso(today.AddYears(1)), ["Input.Note"] = "Admins checked" }));

        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("<p class=\"field-error\" id=\"nextattestationon-error\">The next confirmation must come after this one");
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = Row(WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/accounts", UriKind.Relative))), "@TestbourneDrama");
        row.ShouldContain("Last confirmed by ");
        row.ShouldNotContain("overdue");
    }

    [Fact]
    public async Task AnotherSchoolsAccount_IsNotFound()
    {
        using var testbourne = await factory.CreateSignedInClientAsync("it@testbourne.demo");
        var id = EditLink().Match(await testbourne.GetStringAsync(new Uri("/accounts", UriKind.Relative))).Groups[1].Value;
        using var other = await factory.CreateSignedInClientAsync("it@stmarys.demo");

        using var edit = await other.GetAsync(new Uri($"/accounts/{id}/edit", UriKind.Relative));
        using var attest = await other.GetAsync(new Uri($"/accounts/{id}/attest", UriKind.Relative));
        using var school = await other.GetAsync(new Uri("/accounts?school=1", UriKind.Relative));

        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        attest.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        school.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A form every pack accepts for an account without pupils.</summary>
    private static Dictionary<string, string> Compliant(string? approverId, string handle, string domain, string purpose) => new()
    {
        ["Input.Platform"] = "Instagram",
        ["Input.Handle"] = handle,
        ["Input.Purpose"] = purpose,
        ["Input.PersonalAccountLink"] = "separate",
        ["Input.LinkedEmail"] = "office@" + domain,
        ["Input.Admins[0].Name"] = "Beth Baker",
        ["Input.Admins[0].Email"] = "b.baker@" + domain,
        ["Input.ApproverPersonId"] = approverId ?? "",
        ["Input.ApproverName"] = approverId is null ? "Helen Head" : "",
        ["Input.ApproverRole"] = "headteacher",
        ["Input.ApprovedOn"] = "2026-09-07",
        ["Input.LeadershipNotifiedOn"] = "2026-09-08",
        ["Input.PlatformMinimumAge"] = "13",
        ["Input.PolicyLinkUrl"] = "https://www." + domain + "/policies/social-media",
        ["Input.NextAttestationOn"] = "2099-09-01",
    };

    private static Dictionary<string, string> With(Dictionary<string, string> fields, params (string Name, string Value)[] changes)
    {
        var copy = new Dictionary<string, string>(fields);
        foreach (var (name, value) in changes)
        {
            copy[name] = value;
        }

        return copy;
    }

    /// <summary>Every named input's current value on a form page (text, selected options, checked boxes and radios).</summary>
    private static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Regex.Matches(html, "<input [^>]*>"))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || name == Antiforgery.FieldName || type == "hidden" && fields.ContainsKey(name))
            {
                continue;
            }

            if (type is "radio" or "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal))
            {
                continue;
            }

            fields[name] = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
        }

        foreach (Match select in Regex.Matches(html, "<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var chosen = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            fields[select.Groups[1].Value] = chosen.Success ? chosen.Groups[1].Value : "";
        }

        foreach (Match area in Regex.Matches(html, "<textarea [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline))
        {
            fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value);
        }

        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $" {name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string StaffOption(string page, string givenName) =>
        Regex.Match(page, $"<option value=\"(\\d+)\"[^>]*>{givenName} ").Groups[1].Value;

    private static string Row(string html, string handle)
    {
        var at = html.IndexOf(handle + "</", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"the register lists {handle}");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("href=\"/accounts/(\\d+)/edit")]
    private static partial Regex EditLink();

    [GeneratedRegex("saved=(\\d+)")]
    private static partial Regex SavedId();
}
