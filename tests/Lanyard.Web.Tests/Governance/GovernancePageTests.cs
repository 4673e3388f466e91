using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests.Governance;

/// <summary>/governance and its pages: the register, versions, the diff, declarations, training and review triggers.</summary>
public sealed partial class GovernancePageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private const string OldSummary = "Any ICT or social media posting that refers to people working at/for the school, or people receiving its services, must meet professional Codes of Practice and the school IT Acceptable Use Policy";
    private const string NewSummary = "Any posting that refers to people working at or for the school must meet professional Codes of Practice and the IT Acceptable Use Policy";

    [Fact]
    public async Task Register_AnyMemberOfStaff_SeesThePackInForceItsApprovalAndReviewStatus()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/governance", UriKind.Relative)));

        html.ShouldContain("<h1>Policy register</h1>");
        html.ShouldContain("Register held by");
        html.ShouldContain("The Federation of Tiverton Schools");
        html.ShouldContain("the version shipped with Lanyard");
        html.ShouldContain("class=\"verdict ");
    }

    [Fact]
    public async Task Register_StMarys_WarnsThatNoReviewCycleIsSet()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@stmarys.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/governance", UriKind.Relative)));

        html.ShouldContain("no review cycle set");
        html.ShouldContain("No review cycle set: the policy states");
    }

    [Fact]
    public async Task Draft_ByATeacher_IsRefusedByTheUseCase_AndNothingIsStored()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@cambrian.demo");
        var page = await client.GetStringAsync(new Uri("/governance", UriKind.Relative));

        using var response = await client.PostAsync(new Uri("/governance?handler=draft", UriKind.Relative), Antiforgery.Form(page, []));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("No new version was started");
        html.ShouldContain("Only the head teacher, deputy head, SLT, governors or the COO may draft");
        (await factory.ScalarAsync<long>("SELECT count(*) FROM policy_versions WHERE pack_id = 'cambrian'", null)).ShouldBe(0);
    }

    [Fact]
    public async Task Version_OfAnotherOrganisation_IsNotFound()
    {
        using var head = await factory.CreateSignedInClientAsync("head@chapmanslade.demo", allowAutoRedirect: false);
        var id = await DraftAsync(head);
        using var other = await factory.CreateSignedInClientAsync("head@heathcoat.demo");

        using var response = await other.GetAsync(new Uri($"/governance/versions/{id}", UriKind.Relative));
        using var diff = await other.GetAsync(new Uri($"/governance/diff?old=shipped&new={id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        diff.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NewVersion_PastedYamlWithAnError_IsShownWithLineAndColumn_ThenApproved_AndStaffSignOnlyTheChangedClause()
    {
        // A teacher signs the version in force first, so the new version asks them only for what changed.
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo", allowAutoRedirect: false);
        await SignAsync(teacher);
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo", allowAutoRedirect: false);
        var id = await DraftAsync(head);
        var versionPage = await head.GetStringAsync(new Uri($"/governance/versions/{id}", UriKind.Relative));
        var yaml = WebUtility.HtmlDecode(Regex.Match(versionPage, "<textarea id=\"edit-yaml\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value);
        yaml.ShouldContain(OldSummary);

        using var broken = await PostFormAsync(head, $"/governance/versions/{id}?handler=edit", versionPage, new() { ["Yaml"] = yaml.Replace("\nversion: \"1.1.0\"", "\nversion: [", StringComparison.Ordinal) });
        var brokenHtml = WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync());
        brokenHtml.ShouldContain("The draft was not changed");
        brokenHtml.ShouldMatch("Line \\d+, column \\d+: ");
        brokenHtml.ShouldContain("aria-describedby=\"edit-yaml-diagnostics edit-yaml-error\" aria-invalid=\"true\"");

        var changed = yaml.Replace("\nversion: \"1.1.0\"", "\nversion: \"1.2.0\"", StringComparison.Ordinal).Replace(OldSummary, NewSummary, StringComparison.Ordinal);
        using var saved = await PostFormAsync(head, $"/governance/versions/{id}?handler=edit", versionPage, new() { ["Yaml"] = changed });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var diff = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/governance/diff?old=shipped&new={id}", UriKind.Relative)));
        diff.ShouldContain("What changed from version 1.1.0 to 1.2.0");
        diff.ShouldContain("<code>testbourne.5a.01</code>");
        diff.ShouldContain(NewSummary);

        // The head teacher is not the Full Governing Body: the use case refuses, and a governor approves.
        var today = Today();
        using var refused = await PostFormAsync(head, $"/governance/versions/{id}?handler=approve", versionPage, new() { ["MeetingDate"] = today, ["EffectiveFrom"] = today });
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Only a governor or the chair of governors, for the Full Governing Body may approve");
        using var governor = await factory.CreateSignedInClientAsync("governor@testbourne.demo", allowAutoRedirect: false);
        var governorPage = await governor.GetStringAsync(new Uri($"/governance/versions/{id}", UriKind.Relative));
        using var approved = await PostFormAsync(governor, $"/governance/versions/{id}?handler=approve", governorPage, new() { ["MeetingDate"] = today, ["EffectiveFrom"] = today });
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var register = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri("/governance", UriKind.Relative)));
        register.ShouldContain("<strong>1.2.0</strong>");

        // The version in force is the one post checks and connection checks use now.
        var check = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri("/check", UriKind.Relative)));
        check.ShouldContain("1.2.0");

        var declaration = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri("/governance/declaration", UriKind.Relative)));
        declaration.ShouldContain("you read and sign only what changed: 1 clause.");
        declaration.ShouldContain("<code>testbourne.5a.01</code>");
        declaration.ShouldContain(NewSummary);
        declaration.ShouldNotContain("<code>testbourne.5a.02</code>");
        await SignAsync(teacher);
        (await factory.ScalarAsync<string>("SELECT scope FROM policy_declarations WHERE pack_version = '1.2.0' ORDER BY id DESC LIMIT 1", null)).ShouldBe("changed-clauses");
    }

    [Fact]
    public async Task Declaration_PostNamingSomeoneElse_IsSignedOnlyAsTheSignedInPerson()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@chapmanslade.demo", allowAutoRedirect: false);
        var me = await factory.ScalarAsync<long>("SELECT id FROM people WHERE email = 'slt@chapmanslade.demo'", null);
        var other = await factory.ScalarAsync<long>("SELECT id FROM people WHERE email = 'dsl@chapmanslade.demo'", null);
        var page = await client.GetStringAsync(new Uri("/governance/declaration", UriKind.Relative));
        page.ShouldNotContain("name=\"SignerPersonId\"");
        page.ShouldNotContain("name=\"PersonId\"");

        using var response = await PostFormAsync(client, "/governance/declaration", page, Fields(page, new()
        {
            ["Confirmed"] = "true",
            ["SignerPersonId"] = other.ToString(CultureInfo.InvariantCulture),
            ["PersonId"] = other.ToString(CultureInfo.InvariantCulture),
            ["ActorPersonId"] = other.ToString(CultureInfo.InvariantCulture),
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.ScalarAsync<long>("SELECT count(*) FROM policy_declarations WHERE person_id = @Other", new { Other = other })).ShouldBe(0);
        (await factory.ScalarAsync<long>("SELECT count(*) FROM policy_declarations WHERE person_id = @Me", new { Me = me })).ShouldBe(1);
    }

    [Fact]
    public async Task Declaration_WithoutConfirmationOrName_IsRefusedByField()
    {
        using var client = await factory.CreateSignedInClientAsync("it@testbourne.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(new Uri("/governance/declaration", UriKind.Relative));

        using var response = await PostFormAsync(client, "/governance/declaration", page, Fields(page, new() { ["PrintedName"] = " ", ["Department"] = "IT" }));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Your declaration was not recorded");
        html.ShouldContain("<a href=\"#printedName\">Print your name.</a>");
        html.ShouldContain("<p class=\"field-error\" id=\"confirmed-error\">");
        html.ShouldContain("aria-describedby=\"confirmed-error\" aria-invalid=\"true\"");
    }

    [Theory]
    [InlineData("/governance/declarations")]
    [InlineData("/governance/declarations?handler=csv")]
    [InlineData("/governance/training")]
    public async Task StaffLists_ForATeacher_AreForbidden(string path)
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Declarations_Csv_IsAnAttachment_WithFormulaCellsGuarded()
    {
        await factory.ExecuteAsync("UPDATE people SET family_name = '=HYPERLINK(\"http://x\",\"y\")', department = 'Art, Design' WHERE email = 'volunteer@testbourne.demo'", null);
        using var client = await factory.CreateSignedInClientAsync("head@testbourne.demo");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/governance/declarations", UriKind.Relative)));
        using var response = await client.GetAsync(new Uri("/governance/declarations?handler=csv", UriKind.Relative));

        page.ShouldContain("data-completion");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldStartWith("declarations-testbourne-");
        var csv = await response.Content.ReadAsStringAsync();
        csv.ShouldContain("Person id,Name,Department,Status");
        csv.ShouldContain("\"Art, Design\"");
        csv.ShouldNotContain(",=HYPERLINK");
        csv.ShouldNotContain(",\"=HYPERLINK");
    }

    [Fact]
    public async Task Training_AtChapmanslade_SltRecordsASession_AndTheAttendeeIsNoLongerDue()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@chapmanslade.demo", allowAutoRedirect: false);
        var teacher = await factory.ScalarAsync<long>("SELECT id FROM people WHERE email = 'teacher@chapmanslade.demo'", null);
        var page = await client.GetStringAsync(new Uri("/governance/training", UriKind.Relative));
        page.ShouldContain("Record a session");

        using var empty = await PostFormAsync(client, "/governance/training", page, new() { ["HeldOn"] = Today(), ["Title"] = "", ["Provider"] = "" });
        var refused = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        refused.ShouldContain("The session was not recorded");
        refused.ShouldContain("<a href=\"#attendees\">List who attended.</a>");

        using var response = await PostFormAsync(client, "/governance/training", page, new()
        {
            ["HeldOn"] = Today(),
            ["Title"] = "Social media and you",
            ["Provider"] = "SLT",
            ["Attendees"] = teacher.ToString(CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/governance/training", UriKind.Relative)));
        after.ShouldContain("Social media and you");
    }

    [Fact]
    public async Task Trigger_StatutoryGuidanceChange_OpensAReviewTaskOnTheRegister()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var page = await client.GetStringAsync(new Uri("/governance/trigger", UriKind.Relative));

        using var response = await PostFormAsync(client, "/governance/trigger", page, new() { ["Trigger"] = "StatutoryGuidanceChange", ["Note"] = "KCSIE 2026 published" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("A review task is open");
        var register = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/governance", UriKind.Relative)));
        register.ShouldContain("KCSIE 2026 published");
    }

    [Fact]
    public async Task Review_NoChange_ClosedByTheHeadAtChapmanslade_IsRefused_AndByTheGovernor_Recorded()
    {
        using var head = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var page = await head.GetStringAsync(new Uri("/governance/review", UriKind.Relative));
        using var refused = await PostFormAsync(head, "/governance/review", page, new() { ["Outcome"] = "NoChange", ["CompletedOn"] = Today() });
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("may close a review of this policy");

        using var governor = await factory.CreateSignedInClientAsync("governor@chapmanslade.demo");
        var governorPage = await governor.GetStringAsync(new Uri("/governance/review", UriKind.Relative));
        using var recorded = await PostFormAsync(governor, "/governance/review", governorPage, new() { ["Outcome"] = "NoChange", ["CompletedOn"] = Today() });

        var register = WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync());
        register.ShouldContain("Completed reviews");
        register.ShouldContain("No change");

        // The governors' report reads the same register: the three-year cycle (chapmanslade.review.01)
        // restarts from today's review, where it used to count from the pack's "October 2024" for ever.
        var report = WebUtility.HtmlDecode(await governor.GetStringAsync(new Uri("/governors", UriKind.Relative)));
        var nextDue = DateOnly.ParseExact(Today(), "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(36);
        report.ShouldContain($"In date: next review by {nextDue.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");
        report.ShouldContain($"Last reviewed {DateOnly.ParseExact(Today(), "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");
        report.ShouldNotContain("Review overdue");
    }

    [Fact]
    public async Task Dashboard_ShowsTheTeachersOwnDeclaration_AndLeadershipCompletionAndTrainingDue()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");
        using var head = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var mine = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri("/", UriKind.Relative)));
        var leadership = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri("/", UriKind.Relative)));

        mine.ShouldContain("<a href=\"/governance/declaration\">Sign the policy declaration</a>");
        mine.ShouldNotContain("% complete");
        leadership.ShouldMatch("Declarations [0-9.]+% complete");
        leadership.ShouldContain("due social media training");
    }

    private string Today() => DateOnly.FromDateTime(factory.Clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task StMarys_meta_03_DraftChangedInTheApp_CycleAndClauseWording_RefusalsByField_ThenSaved_AndTheDiffShowsThem()
    {
        using var head = await factory.CreateSignedInClientAsync("head@stmarys.demo", allowAutoRedirect: false);
        var id = await DraftAsync(head);
        var page = await head.GetStringAsync(new Uri($"/governance/versions/{id}", UriKind.Relative));
        WebUtility.HtmlDecode(page).ShouldContain("<label for=\"settings-reviewCycleMonths\">Review cycle, in months</label>");
        page.ShouldContain("<label for=\"clause-st-marys-sefton.meta.03-summary\">Wording of st-marys-sefton.meta.03</label>");

        using var badCycle = await PostFormAsync(head, $"/governance/versions/{id}?handler=settings", page, new() { ["NewVersion"] = "2.1", ["ReviewCycleMonths"] = "every two years" });
        var badHtml = WebUtility.HtmlDecode(await badCycle.Content.ReadAsStringAsync());
        badHtml.ShouldContain("The draft was not changed");
        badHtml.ShouldContain("<a href=\"#settings-reviewCycleMonths\">The review cycle is a whole number of months from 1 to 120, or blank for none.</a>");
        badHtml.ShouldContain("aria-describedby=\"settings-reviewCycleMonths-hint settings-reviewCycleMonths-error\" aria-invalid=\"true\"");
        badHtml.ShouldContain("value=\"every two years\"");

        using var blankWording = await PostFormAsync(head, $"/governance/versions/{id}?handler=clause", page, new() { ["ClauseId"] = "st-marys-sefton.meta.03", ["Summary"] = " " });
        var blankHtml = WebUtility.HtmlDecode(await blankWording.Content.ReadAsStringAsync());
        blankHtml.ShouldContain("<a href=\"#clause-st-marys-sefton.meta.03-summary\">Give the wording of st-marys-sefton.meta.03.</a>");
        blankHtml.ShouldContain("<details class=\"clause-edit\" open=\"open\">");

        using var settings = await PostFormAsync(head, $"/governance/versions/{id}?handler=settings", page, new() { ["NewVersion"] = "2.1", ["ReviewCycleMonths"] = "24" });
        settings.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var wording = await PostFormAsync(head, $"/governance/versions/{id}?handler=clause", page, new() { ["ClauseId"] = "st-marys-sefton.meta.03", ["Summary"] = "The policy is reviewed every two years by the governing body" });
        wording.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        wording.Headers.Location!.OriginalString.ShouldEndWith("?saved=edit#st-marys-sefton.meta.03");

        var diff = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/governance/diff?old=shipped&new={id}", UriKind.Relative)));
        diff.ShouldContain("What changed from version 2.0 to 2.1");
        diff.ShouldContain("review.cycleMonths");
        diff.ShouldContain("The policy is reviewed every two years by the governing body");
    }

    private static async Task<long> DraftAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/governance", UriKind.Relative));
        using var response = await client.PostAsync(new Uri("/governance?handler=draft", UriKind.Relative), Antiforgery.Form(page, []));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(VersionId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task SignAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/governance/declaration", UriKind.Relative));
        var fields = Fields(page, new() { ["Confirmed"] = "true" });
        if (!fields.TryGetValue("Department", out var department) || department.Length == 0)
        {
            fields["Department"] = "Mathematics";
        }

        using var response = await PostFormAsync(client, "/governance/declaration", page, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    // The form's own hidden and prefilled values, plus the given ones.
    private static Dictionary<string, string> Fields(string page, Dictionary<string, string> extra)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputField().Matches(page))
        {
            var name = input.Groups["name"].Value;
            if (name != Antiforgery.FieldName && name != "Confirmed")
            {
                fields[name] = WebUtility.HtmlDecode(input.Groups["value"].Value);
            }
        }

        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string page, Dictionary<string, string> fields)
    {
        using var form = Antiforgery.Form(page, fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    [GeneratedRegex("/governance/versions/(\\d+)")]
    private static partial Regex VersionId();

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputField();
}
