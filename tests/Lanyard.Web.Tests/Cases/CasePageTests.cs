using System.Net;

namespace Lanyard.Web.Tests.Cases;

/// <summary>/cases/{id} and /cases: each reader sees the case at the level CaseAccess gives them; steps go through the procedure.</summary>
public sealed class CasePageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9, 8, 7];

    [Fact]
    public async Task Reporter_SeesTheStatusOfTheirOwnReportOnly()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "Secret detail only the handlers may read.");

        var html = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        var list = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri("/cases", UriKind.Relative)));

        html.ShouldContain($"Your report: case {caseId}");
        html.ShouldContain("Reported, waiting to be assessed");
        html.ShouldNotContain("Secret detail");
        html.ShouldNotContain("Next steps");
        list.ShouldContain($"Case {caseId}</a>");
        list.ShouldContain("your report");
        list.ShouldNotContain("Secret detail");
    }

    [Fact]
    public async Task AnotherSchoolsCase_IsNotFound_LikeAMissingOne()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "A post at Heathcoat.");
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");

        using var other = await head.GetAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
        using var missing = await head.GetAsync(new Uri("/cases/987654321", UriKind.Relative));
        using var pack = await head.GetAsync(new Uri($"/cases/{caseId}/evidence-pack?for=police", UriKind.Relative));
        using var step = await CaseStepAsOutsiderAsync(head, caseId);

        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pack.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        step.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Governor_SeesTheAnonymisedViewOnly()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "OnlineAbuseOfStaff", "Named abuse the governors must not read.");
        using var governor = await factory.CreateSignedInClientAsync("governor@heathcoat.demo");

        var html = WebUtility.HtmlDecode(await governor.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        var list = WebUtility.HtmlDecode(await governor.GetStringAsync(new Uri("/cases", UriKind.Relative)));

        html.ShouldContain($"Case {caseId} (anonymised)");
        html.ShouldNotContain("Named abuse");
        html.ShouldNotContain(":teacher@");
        list.ShouldContain("anonymised");
        list.ShouldNotContain("Named abuse");
    }

    [Fact]
    public async Task Dsl_TakesAStep_AndTheTimelineShowsItWithTheStage()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "SafeguardingConcern", "A pupil may be talking to an adult online.");
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");

        using var response = await CasePages.StepAsync(dsl, caseId, "InitialAssessment", new() { ["Step.Note"] = "Spoke to the pupil." });

        response.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe($"/cases/{caseId}?done=initial-assessment");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Initial assessment made: recorded on the case.");
        html.ShouldContain("<strong>Initial assessment made</strong>");
        html.ShouldContain("Reported, waiting to be assessed → Assessed");
        html.ShouldContain("Spoke to the pupil.");
    }

    [Fact]
    public async Task IllegalStep_IsRefusedWithTheStepsAllowedNow()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "A parent's post.");
        using var head = await factory.CreateSignedInClientAsync("head@heathcoat.demo");

        using var response = await CasePages.StepAsync(head, caseId, "LegalAdvice");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Not recorded: record that legal advice was taken");
        html.ShouldContain("'legal-advice' is not allowed while the case is reported. Allowed now: ");
        html.ShouldContain("Allowed now: make the initial assessment");
    }

    [Fact]
    public async Task RecordOutcome_WithAGate_ShowsTheUnmetRequirementAndItsClause()
    {
        using var it = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var caseId = await CasePages.ReportedCaseAsync(it, "AccidentalAccess", "Opened a blocked gambling site by mistake.");
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");

        using var response = await CasePages.StepAsync(head, caseId, "InitialAssessment");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Cannot make the initial assessment: no 'confirm-left-site' entry is recorded (testbourne.5c.15).");
    }

    [Fact]
    public async Task EvidenceDownload_IsAnAuditedAttachment_NeverSniffed()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "A post with a picture.", new()
        {
            ["Input.EvidenceKind"] = "Screenshot",
            ["Input.EvidenceDescription"] = "The post",
            ["Input.EvidenceUrl"] = "https://facebook.example/posts/2",
            ["Input.CapturedAt"] = "2025-11-03T09:00",
        }, ("post.png", Png));
        var evidenceId = await factory.ScalarAsync<long>("SELECT id FROM evidence_items WHERE case_id = @caseId", new { caseId });
        using var head = await factory.CreateSignedInClientAsync("head@heathcoat.demo");
        var before = await Downloads(evidenceId);

        using var response = await head.GetAsync(new Uri($"/cases/{caseId}/evidence/{evidenceId}", UriKind.Relative));
        using var byReporter = await teacher.GetAsync(new Uri($"/cases/{caseId}/evidence/{evidenceId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("post.png");
        response.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await Downloads(evidenceId)).ShouldBe(before + 1);
        byReporter.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the reporter sees the status only, not the evidence");
    }

    [Fact]
    public async Task AddEvidence_MarkedIndecentWithAFile_IsRefusedAndNothingStored()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "SafeguardingConcern", "A pupil disclosed images.");
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        var page = await dsl.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative));

        using var response = await CasePages.PostMultipartAsync(dsl, $"/cases/{caseId}?handler=evidence", page, new()
        {
            ["Evidence.IndecentImage"] = "true",
            ["Evidence.Description"] = "Image on the pupil's phone",
            ["Evidence.CapturedBy"] = "DSL",
            ["Evidence.StorageLocation"] = "Safe",
            ["Evidence.KeyHolder"] = "Head",
        }, ("EvidenceFile", "image.png", Png));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Indecent images of children are never uploaded");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM evidence_items WHERE case_id = @caseId", new { caseId })).ShouldBe(0);
    }

    [Fact]
    public async Task Letter_WithPlaceholdersUnfilled_IsRefusedListingThem()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "A parent's post.");
        using var head = await factory.CreateSignedInClientAsync("head@heathcoat.demo");
        var page = await head.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
        page.ShouldContain("Write a letter: Written warning");
        using var form = Antiforgery.Form(page, new() { ["LetterKind"] = "WrittenWarning", ["LetterFields[recipient.name]"] = "Mr Parent" });

        using var response = await head.PostAsync(new Uri($"/cases/{caseId}?handler=letter", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Fill in every placeholder before issuing the letter: ");
        html.ShouldContain("<code>{{signatory.name}}</code>");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM letters WHERE case_id = @caseId", new { caseId })).ShouldBe(0);
    }

    [Theory]
    [InlineData("step")]
    [InlineData("evidence")]
    [InlineData("letter")]
    [InlineData("correct")]
    public async Task CasePagePosts_WithoutAntiforgeryToken_AreRejected(string handler)
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "A parent's post.");
        using var head = await factory.CreateSignedInClientAsync("head@heathcoat.demo");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Step.Step"] = "InitialAssessment" });

        using var response = await head.PostAsync(new Uri($"/cases/{caseId}?handler={handler}", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM case_entries WHERE case_id = @caseId AND step = 'initial-assessment'", new { caseId })).ShouldBe(0);
    }

    [Fact]
    public async Task EvidencePack_ForThePlatform_LeavesOutTheSummaryAndNames()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "Words only the school reads.", new()
        {
            ["Input.EvidenceKind"] = "Url",
            ["Input.EvidenceDescription"] = "The post",
            ["Input.EvidenceUrl"] = "https://facebook.example/posts/3",
        });
        using var head = await factory.CreateSignedInClientAsync("head@heathcoat.demo");

        var platform = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}/evidence-pack?for=platform-takedown", UriKind.Relative)));
        var police = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}/evidence-pack?for=police", UriKind.Relative)));

        platform.ShouldContain("Evidence pack for a platform takedown");
        platform.ShouldContain("https://facebook.example/posts/3");
        platform.ShouldNotContain("Words only the school reads.");
        police.ShouldContain("Words only the school reads.");
        police.ShouldContain("Timeline");
    }

    private async Task<long> Downloads(long evidenceId) =>
        await factory.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'download' AND subject_kind = 'evidence' AND subject_id = @evidenceId", new { evidenceId });

    // The case page of another school answers 404, so its form (and token) is taken from the user's own new-case page.
    private static async Task<HttpResponseMessage> CaseStepAsOutsiderAsync(HttpClient client, long caseId)
    {
        var page = await client.GetStringAsync(new Uri("/cases/new", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Step.Step"] = "InitialAssessment" });
        return await client.PostAsync(new Uri($"/cases/{caseId}?handler=step", UriKind.Relative), form);
    }

    [Fact]
    public async Task Cambrian_monitoring_review_03_ClosingAsASignificantIncident_OpensAnEarlyReview_ShownOnTheRegister()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@cambrian.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "OnlineAbuseOfStaff", "Osprey-9: a campaign of abuse against a teacher.");
        using var head = await factory.CreateSignedInClientAsync("head@cambrian.demo");
        foreach (var step in new[] { "InitialAssessment", "RecordSupportOffered" })
        {
            using var taken = await CasePages.StepAsync(head, caseId, step);
            taken.RequestMessage!.RequestUri!.Query.ShouldStartWith("?done=");
        }

        var before = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        using var closed = await CasePages.StepAsync(head, caseId, "Close", new() { ["Step.Details[significant-incident]"] = "yes" });
        var html = WebUtility.HtmlDecode(await closed.Content.ReadAsStringAsync());
        var again = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        var register = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri("/governance", UriKind.Relative)));

        before.ShouldContain("Close as a significant incident?");
        before.ShouldContain("The policy is reviewed early after a significant incident (cambrian.monitoring-review.03): answering yes opens an early review task.");
        html.ShouldContain("The policy is reviewed early after a significant incident (cambrian.monitoring-review.03): an early review task is open for whoever reviews the policy.");
        again.ShouldNotContain("an early review task is open"); // the notice is shown once, after the step
        register.ShouldContain("Early policy review: A significant incident");
        register.ShouldContain($"<a href=\"/cases/{caseId}\">From case {caseId}</a>");
        (await factory.ScalarAsync<long>($"SELECT count(*) FROM review_tasks WHERE case_id = {caseId} AND clause_id = 'cambrian.monitoring-review.03'", null)).ShouldBe(1);
    }

    [Fact]
    public async Task Heathcoat_SilentOnIncidentReviews_CloseFormSaysSo_AndClosingOpensNoReview()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        var caseId = await CasePages.ReportedCaseAsync(teacher, "SafeguardingConcern", "Osprey-10: a concern closed as significant.");
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        using var assessed = await CasePages.StepAsync(dsl, caseId, "InitialAssessment");

        var page = WebUtility.HtmlDecode(await dsl.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        using var closed = await CasePages.StepAsync(dsl, caseId, "Close", new() { ["Step.Details[significant-incident]"] = "yes" });
        var html = WebUtility.HtmlDecode(await closed.Content.ReadAsStringAsync());

        page.ShouldContain("The policy does not name significant incidents as a reason to review it early, so no review task is opened.");
        html.ShouldContain("Closed: recorded on the case.");
        html.ShouldContain("does not name significant incidents among its review triggers, so no early review was opened.");
        (await factory.ScalarAsync<long>($"SELECT count(*) FROM review_tasks WHERE case_id = {caseId}", null)).ShouldBe(0);
    }
}
