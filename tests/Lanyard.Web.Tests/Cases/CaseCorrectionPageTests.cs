using System.Net;

namespace Lanyard.Web.Tests.Cases;

/// <summary>"Correct this entry" on /cases/{id}: a correction accepted (the case reads as corrected, the entry stays marked) or refused with its reasons by field.</summary>
public sealed class CaseCorrectionPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private async Task<(HttpClient Head, long CaseId, long Flagged)> FlaggedByMistakeAsync()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "OnlineAbuseOfStaff", "Rude comments about a teacher on a parents' group.");
        var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        (await CasePages.StepAsync(head, caseId, "InitialAssessment")).Dispose();
        (await CasePages.StepAsync(head, caseId, "RecordSupportOffered")).Dispose();
        (await CasePages.StepAsync(head, caseId, "AddNote", new() { ["Step.Flags"] = "indecent-images-of-children", ["Step.Note"] = "Screenshots seen." })).Dispose();
        var html = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        html.ShouldContain("<th scope=\"row\">Contact the police now</th>");
        return (head, caseId, CasePages.EntryWith(html, "Screenshots seen."));
    }

    [Fact]
    public async Task Testbourne_6b_09_FlagCorrectedAway_ClosesThePoliceTask_MarksTheEntry_AndTheCaseCloses()
    {
        var (head, caseId, flagged) = await FlaggedByMistakeAsync();
        using var _ = head;
        var before = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        before.ShouldContain($"<details class=\"step correction\" id=\"correct-{flagged}\">");
        before.ShouldContain($"id=\"correct-{flagged}-flag-indecent-images-of-children\" name=\"Step.Flags\" value=\"indecent-images-of-children\" checked=\"checked\"");

        using var response = await CasePages.CorrectAsync(head, caseId, flagged, "AddNote", new() { ["Step.Note"] = "No indecent images: the box was ticked by mistake." });

        response.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe($"/cases/{caseId}?corrected={flagged}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"Entry {flagged} corrected: the case now reads as corrected");
        var correction = CasePages.EntryWith(html, "the box was ticked by mistake");
        html.ShouldContain($"<li id=\"entry-{flagged}\" class=\"entry-corrected\">");
        html.ShouldContain($"<span class=\"tag tag-corrected\">Corrected</span> by <a href=\"#entry-{correction}\">entry {correction}</a>");
        html.ShouldContain($"Corrects <a href=\"#entry-{flagged}\">entry {flagged}</a>.");
        html.ShouldNotContain("<th scope=\"row\">Contact the police now</th>");
        html.ShouldNotContain($"id=\"correct-{flagged}\"");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM case_entries WHERE id = @flagged AND details LIKE '%indecent-images-of-children%'", new { flagged })).ShouldBe(1);

        using var closed = await CasePages.StepAsync(head, caseId, "Close");
        closed.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe($"/cases/{caseId}?done=close");
    }

    [Fact]
    public async Task Correction_WithoutANote_IsRefused_WithTheReasonBesideTheNote_AndTheFormOpen()
    {
        var (head, caseId, flagged) = await FlaggedByMistakeAsync();
        using var _ = head;

        using var response = await CasePages.CorrectAsync(head, caseId, flagged, "AddNote");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"Not recorded: the correction of entry {flagged}");
        html.ShouldContain($"<a href=\"#step-note-error\">Say what was wrong with entry {flagged}: a correction needs a note.</a>");
        html.ShouldContain($"<details class=\"step correction\" id=\"correct-{flagged}\" open=\"open\">");
        html.ShouldContain($"<p class=\"field-error\" id=\"step-note-error\">Say what was wrong with entry {flagged}: a correction needs a note.</p>");
        html.ShouldContain("aria-invalid=\"true\"");
        html.ShouldContain("<th scope=\"row\">Contact the police now</th>");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM case_entries WHERE corrects = @flagged", new { flagged })).ShouldBe(0);
    }

    [Fact]
    public async Task Chapmanslade_roles_slt_04_ADslIsNotOfferedTheCorrectionOfTheSltAssessment_AndIsRefusedWithTheClause()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "A parent's post names a teacher.");
        using var slt = await factory.CreateSignedInClientAsync("slt@chapmanslade.demo");
        (await CasePages.StepAsync(slt, caseId, "InitialAssessment", new() { ["Step.Note"] = "Assessed by SLT." })).Dispose();
        using var dsl = await factory.CreateSignedInClientAsync("dsl@chapmanslade.demo");
        var page = WebUtility.HtmlDecode(await dsl.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        var assessed = CasePages.EntryWith(page, "Assessed by SLT.");
        page.ShouldNotContain($"id=\"correct-{assessed}\"");

        using var response = await CasePages.CorrectAsync(dsl, caseId, assessed, "InitialAssessment", new() { ["Step.Note"] = "Wrong." });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"Only slt may correct entry {assessed} ('initial-assessment') on this case (chapmanslade.roles-slt.04, chapmanslade.roles-slt.03).");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM case_entries WHERE corrects = @assessed", new { assessed })).ShouldBe(0);
    }
}
