using System.Globalization;
using System.Net;

namespace Lanyard.Web.Tests.Cases;

/// <summary>
/// The casework pages speak UK clock time: a time typed in a form is read as the UK clock showed it
/// (BST in summer, GMT in winter) and stored as that instant; a time shown is labelled with the clock
/// of its date. A time the clock skipped or showed twice is refused by its field, and nothing is stored.
/// </summary>
public sealed class UkTimePageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private async Task<DateTimeOffset> StoredAsync(string sql, long caseId)
    {
        var text = await factory.ScalarAsync<string>(sql, new { caseId });
        text.ShouldNotBeNull();
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private static async Task<string> CasePageAsync(HttpClient client, long caseId) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));

    [Fact]
    public async Task Report_InSummer_TheTypedTimeIsBst_StoredAsTheInstantAnHourEarlierInUtc()
    {
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");

        var caseId = await CasePages.ReportedCaseAsync(dsl, "SafeguardingConcern", "A pupil disclosed a message sent in July.", new() { ["Input.HappenedAt"] = "2025-07-01T10:15" });

        (await StoredAsync("SELECT happened_at FROM cases WHERE id = @caseId", caseId)).ShouldBe(new DateTimeOffset(2025, 7, 1, 9, 15, 0, TimeSpan.Zero));
        var page = await CasePageAsync(dsl, caseId);
        page.ShouldContain("<dt>Happened</dt><dd><time datetime=\"2025-07-01T10:15:00+01:00\">1 July 2025, 10:15 BST</time></dd>");
    }

    [Fact]
    public async Task Report_InWinter_TheTypedTimeIsGmt_StoredAsThatInstant()
    {
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");

        var caseId = await CasePages.ReportedCaseAsync(dsl, "SafeguardingConcern", "A pupil disclosed a message sent in January.", new() { ["Input.HappenedAt"] = "2025-01-15T10:15" });

        (await StoredAsync("SELECT happened_at FROM cases WHERE id = @caseId", caseId)).ShouldBe(new DateTimeOffset(2025, 1, 15, 10, 15, 0, TimeSpan.Zero));
        var page = await CasePageAsync(dsl, caseId);
        page.ShouldContain("<dt>Happened</dt><dd><time datetime=\"2025-01-15T10:15:00+00:00\">15 January 2025, 10:15 GMT</time></dd>");
        page.ShouldNotContain(" UTC<");
    }

    [Fact]
    public async Task Report_InTheSpringGap_IsRefusedByTheField_AndNothingIsStored()
    {
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        var before = await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null);

        var html = await CasePages.ReportAsync(dsl, new()
        {
            ["Input.Type"] = "SafeguardingConcern",
            ["Input.Summary"] = "A message sent in the night the clocks went forward.",
            ["Input.HappenedAt"] = "2026-03-29T01:30",
        });

        html.ShouldContain("<p class=\"field-error\" id=\"input-happenedat-error\">There was no 01:30 in the UK on 29 March 2026: at 01:00 GMT the clocks went forward an hour to 02:00 BST.");
        html.ShouldContain("value=\"2026-03-29T01:30\"", Case.Sensitive, "what was typed is kept");
        html.ShouldContain("When? (UK time, optional)");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null)).ShouldBe(before);
    }

    [Fact]
    public async Task Report_InTheRepeatedAutumnHour_AsksWhichClock_ThenStoresTheOneChosen()
    {
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        var before = await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null);
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "SafeguardingConcern",
            ["Input.Summary"] = "A message sent in the night the clocks went back.",
            ["Input.HappenedAt"] = "2025-10-26T01:30",
        };

        var asked = await CasePages.ReportAsync(dsl, fields);

        asked.ShouldContain("01:30 on 26 October 2025 happened twice in the UK: the clocks went back an hour at 02:00 BST. Say which: 01:30 BST (the first, 00:30 UTC) or 01:30 GMT (the second, 01:30 UTC).");
        asked.ShouldContain("<input type=\"radio\" id=\"happened-zone-bst\" name=\"Input.HappenedAtZone\" value=\"Bst\" />");
        asked.ShouldContain("01:30 GMT: the second, after the clocks went back");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null)).ShouldBe(before, "nothing is stored until the clock is chosen");

        var caseId = await CasePages.ReportedCaseAsync(dsl, fields["Input.Type"], fields["Input.Summary"], new() { ["Input.HappenedAt"] = "2025-10-26T01:30", ["Input.HappenedAtZone"] = "Gmt" });

        (await StoredAsync("SELECT happened_at FROM cases WHERE id = @caseId", caseId)).ShouldBe(new DateTimeOffset(2025, 10, 26, 1, 30, 0, TimeSpan.Zero));
        (await CasePageAsync(dsl, caseId)).ShouldContain("<time datetime=\"2025-10-26T01:30:00+00:00\">26 October 2025, 01:30 GMT</time>");
    }

    [Fact]
    public async Task AddEvidence_CapturedInSummer_IsStoredAsTheInstant_AndShownInBst()
    {
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(dsl, "SafeguardingConcern", "A pupil showed a post.");
        var page = await dsl.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative));

        using var response = await CasePages.PostMultipartAsync(dsl, $"/cases/{caseId}?handler=evidence", page, new()
        {
            ["Evidence.Kind"] = "Url",
            ["Evidence.Url"] = "https://social.example/p/7",
            ["Evidence.Description"] = "The post",
            ["Evidence.CapturedBy"] = "DSL",
            ["Evidence.CapturedAt"] = "2025-08-04T16:40",
        }, null);

        response.IsSuccessStatusCode.ShouldBeTrue();
        (await StoredAsync("SELECT captured_at FROM evidence_items WHERE case_id = @caseId", caseId)).ShouldBe(new DateTimeOffset(2025, 8, 4, 15, 40, 0, TimeSpan.Zero));
        (await CasePageAsync(dsl, caseId)).ShouldContain("<time datetime=\"2025-08-04T16:40:00+01:00\">4 August 2025, 16:40 BST</time> by DSL");
    }

    [Fact]
    public async Task AddEvidence_CapturedInTheSpringGap_IsRefusedByTheField_AndNothingIsStored()
    {
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(dsl, "SafeguardingConcern", "A pupil showed a post.");
        var page = await dsl.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative));

        using var response = await CasePages.PostMultipartAsync(dsl, $"/cases/{caseId}?handler=evidence", page, new()
        {
            ["Evidence.Kind"] = "Url",
            ["Evidence.Url"] = "https://social.example/p/8",
            ["Evidence.Description"] = "The post",
            ["Evidence.CapturedBy"] = "DSL",
            ["Evidence.CapturedAt"] = "2025-03-30T01:05",
        }, null);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<p class=\"field-error\" id=\"evidence-capturedat-error\">There was no 01:05 in the UK on 30 March 2025");
        html.ShouldContain("Captured at (UK time)");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM evidence_items WHERE case_id = @caseId", new { caseId })).ShouldBe(0);
    }

    [Fact]
    public async Task ConfirmLeftSite_InSummer_KeepsTheInstant_AndTheTimelineShowsItInBst()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "AccidentalAccess", "Opened a blocked site by mistake in June.");
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");

        using var response = await CasePages.StepAsync(head, caseId, "ConfirmLeftSite", new() { ["Step.LeftSiteAt"] = "2025-06-10T08:55" });

        response.IsSuccessStatusCode.ShouldBeTrue();
        var details = await factory.ScalarAsync<string>("SELECT details FROM case_entries WHERE case_id = @caseId AND step = 'confirm-left-site'", new { caseId });
        details.ShouldNotBeNull().ShouldContain("2025-06-10T07:55:00Z");
        (await CasePageAsync(head, caseId)).ShouldContain("Site left at <time datetime=\"2025-06-10T08:55:00+01:00\">10 June 2025, 08:55 BST</time>");
    }

    [Fact]
    public async Task ConfirmLeftSite_InTheRepeatedAutumnHour_IsRefusedByTheField_AndNothingIsRecorded()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "AccidentalAccess", "Opened a blocked site by mistake in October.");
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        var entries = await factory.ScalarAsync<long>("SELECT COUNT(*) FROM case_entries WHERE case_id = @caseId", new { caseId });

        using var response = await CasePages.StepAsync(head, caseId, "ConfirmLeftSite", new() { ["Step.LeftSiteAt"] = "2025-10-26T01:10" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<p class=\"field-error\" id=\"step-leftsiteat-error\">01:10 on 26 October 2025 happened twice in the UK");
        html.ShouldContain("name=\"Step.LeftSiteAtZone\" value=\"Gmt\"");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM case_entries WHERE case_id = @caseId", new { caseId })).ShouldBe(entries);
    }
}
