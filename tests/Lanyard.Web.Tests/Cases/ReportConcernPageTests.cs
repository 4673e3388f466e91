using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Cases;

/// <summary>/cases/new: any member of staff reports a concern; routing, validation and the indecent-image rule.</summary>
public sealed class ReportConcernPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Fact]
    public async Task Report_WithoutTypeOrSummary_IsRefusedWithErrorsLinkedToTheirFields()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        var html = await CasePages.ReportAsync(client, new() { ["Input.Location"] = "Facebook" });

        html.ShouldContain("The concern was not reported yet");
        html.ShouldContain("<a href=\"#input-type-error\">Choose what kind of concern this is.</a>");
        html.ShouldContain("<p class=\"field-error\" id=\"input-summary-error\">Say what happened.</p>");
        html.ShouldContain("aria-describedby=\"summary-hint input-summary-error\" aria-invalid=\"true\"");
        html.ShouldContain("value=\"Facebook\"", Case.Sensitive, "what was typed is kept");
    }

    [Fact]
    public async Task Report_HeathcoatParentPost_SaysWhoWasToldWithTheClause()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        var html = await CasePages.ReportAsync(client, new()
        {
            ["Input.Type"] = "ParentPost",
            ["Input.Summary"] = "A parent posted that a named teacher is useless.",
            ["Input.Location"] = "https://facebook.example/posts/1",
        });

        html.ShouldMatch(@"<h1>Case \d+ is recorded</h1>");
        html.ShouldContain("Who was told");
        html.ShouldContain("class=\"clause-ref\" href=\"/packs/heathcoat#heathcoat.");
        html.ShouldContain("in Lanyard.");
        html.ShouldContain("You can follow its status at <a href=\"/cases/");
    }

    [Fact]
    public async Task Report_WithAFile_StoresItWithItsHash()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        var html = await CasePages.ReportAsync(client, new()
        {
            ["Input.Type"] = "OnlineAbuseOfStaff",
            ["Input.Summary"] = "An abusive comment under the school's post.",
            ["Input.EvidenceKind"] = "Screenshot",
            ["Input.EvidenceDescription"] = "Screenshot of the comment",
            ["Input.EvidenceUrl"] = "https://instagram.example/p/1",
            ["Input.CapturedAt"] = "2025-11-03T09:00",
        }, ("comment.png", Png));

        html.ShouldContain("Recorded as screenshot, SHA-256 ");
    }

    [Fact]
    public async Task Report_IndecentImageTickedWithAFile_IsRefusedAndNothingIsStored()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var casesBefore = await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null);
        var evidenceBefore = await factory.ScalarAsync<long>("SELECT COUNT(*) FROM evidence_items", null);
        var filesBefore = EvidenceFiles();

        var html = await CasePages.ReportAsync(client, new()
        {
            ["Input.Type"] = "SafeguardingConcern",
            ["Input.Summary"] = "A pupil showed me an image on their phone.",
            ["Input.IndecentImage"] = "true",
            ["Input.EvidenceDescription"] = "Image on a pupil's phone",
            ["Input.StorageLocation"] = "Head's safe",
            ["Input.KeyHolder"] = "Head teacher",
        }, ("image.png", Png));

        html.ShouldContain("Indecent images of children are never uploaded");
        html.ShouldContain("Nothing was stored");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null)).ShouldBe(casesBefore);
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM evidence_items", null)).ShouldBe(evidenceBefore);
        EvidenceFiles().ShouldBe(filesBefore);
    }

    [Fact]
    public async Task Report_IndecentImageWithoutAFile_RecordsPhysicalEvidenceOnly_AndOpensContactThePolice()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var filesBefore = EvidenceFiles();

        var caseId = await CasePages.ReportedCaseAsync(client, "OnlineAbuseOfStaff", "Someone sent me an indecent image of a pupil.", new()
        {
            ["Input.IndecentImage"] = "true",
            ["Input.EvidenceDescription"] = "Image received by message",
            ["Input.StorageLocation"] = "Phone locked in the head's safe",
            ["Input.KeyHolder"] = "Head teacher",
        });

        EvidenceFiles().ShouldBe(filesBefore);
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        var html = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative)));
        html.ShouldContain("Physical evidence: not copied.");
        html.ShouldContain("Locked away: Phone locked in the head's safe");
        html.ShouldContain("Contact the police now");
    }

    [Fact]
    public async Task Report_EvidenceRefused_ReportsNothing()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");
        var casesBefore = await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null);

        var html = await CasePages.ReportAsync(client, new()
        {
            ["Input.Type"] = "PupilMisconduct",
            ["Input.Summary"] = "A pupil posted a video of another pupil.",
            ["Input.EvidenceKind"] = "Screenshot",
            ["Input.EvidenceDescription"] = "The video post",
        });

        html.ShouldContain("Attach the screenshot");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM cases", null)).ShouldBe(casesBefore);
    }

    [Fact]
    public async Task New_FromAPostCheck_CarriesTheSourceButNotThePost()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/cases/new?source=post-check&ref=testbourne:1.1.0:block", UriKind.Relative)));

        html.ShouldContain("name=\"Input.Source\" value=\"post-check\"");
        html.ShouldContain("Raised from a post check (testbourne:1.1.0:block): ");
    }

    [Fact]
    public async Task New_FromTheAskersOwnConnectionCheck_IsPrefilledWithThePersonAndPlatform()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var amelia = await Connections.ConnectionPages.FindAsync(client, "Amelia Hughes");
        var answer = await Connections.ConnectionPages.AskAsync(client, amelia, "AcceptRequest", "Instagram");
        var check = Connections.ConnectionPages.CheckId(answer);
        answer.ShouldContain($"/cases/new?source=connection-check&ref={check}");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/cases/new?source=connection-check&ref={check}", UriKind.Relative)));
        using var other = await factory.CreateSignedInClientAsync("deputy@testbourne.demo");
        var someoneElses = WebUtility.HtmlDecode(await other.GetStringAsync(new Uri($"/cases/new?source=connection-check&ref={check}", UriKind.Relative)));

        html.ShouldContain($"Raised from connection check {check}: ");
        html.ShouldContain("value=\"Instagram\"");
        html.ShouldContain($"<option value=\"{amelia}\" selected=\"selected\">Amelia Hughes");
        someoneElses.ShouldNotContain("Raised from connection check", Case.Sensitive, "only the asker's own check prefills");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Type"] = "ParentPost", ["Input.Summary"] = "x" });

        using var response = await client.PostAsync(new Uri("/cases/new", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private string[] EvidenceFiles()
    {
        var database = factory.Services.GetRequiredService<IConfiguration>()["Database:SqlitePath"]!;
        var folder = Path.Combine(Path.GetDirectoryName(database)!, "evidence");
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order()] : [];
    }
}
