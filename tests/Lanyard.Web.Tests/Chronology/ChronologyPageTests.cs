using System.Net;
using Lanyard.Core.Casework;
using Lanyard.Web.Tests.Access;
using Lanyard.Web.Tests.People;

namespace Lanyard.Web.Tests.Chronology;

/// <summary>/chronology/{personId}: a person's cases the reader reads in full, in time order, audited; nothing else.</summary>
public sealed class ChronologyPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task Dsl_SeesThePupilsCasesInTimeOrder_LinkedToEachCase_AndTheViewIsAudited()
    {
        var pupil = await RegisterData.PersonIdAsync(factory, RegisterData.Testbourne, "Harry", "Clarke", "pupil");
        var first = await CaseSeeder.ReportAsync(factory, "teacher@testbourne.demo", CaseType.SafeguardingConcern, "Kestrel-1: first concern",
            new ReportConcern.PartyInput(pupil, null, Core.Casework.PartyKind.Pupil, PartyRole.Subject));
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var second = await CaseSeeder.ReportAsync(factory, "teacher@testbourne.demo", CaseType.PupilMisconduct, "Kestrel-2: second report",
            new ReportConcern.PartyInput(pupil, null, Core.Casework.PartyKind.Pupil, PartyRole.AllegedPerpetrator));
        var audited = await AuditedViewsAsync(pupil);

        using var client = await factory.CreateSignedInClientAsync("dsl@testbourne.demo");
        using var response = await client.GetAsync(new Uri($"/chronology/{pupil}", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Chronology: Harry Clarke");
        html.ShouldContain($"<a href=\"/cases/{first}\">Case {first}</a>");
        html.ShouldContain($"<a href=\"/cases/{second}\">Case {second}</a>");
        html.IndexOf("Kestrel-1", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Kestrel-2", StringComparison.Ordinal), "oldest first");
        html.ShouldContain("Alleged perpetrator");
        (await AuditedViewsAsync(pupil)).ShouldBe(audited + 1);
    }

    [Fact]
    public async Task Slt_DoesNotSeeSafeguardingCases_NorLearnThatTheyExist()
    {
        var pupil = await RegisterData.PersonIdAsync(factory, RegisterData.Testbourne, "Poppy", "Walsh", "pupil");
        await CaseSeeder.ReportAsync(factory, "teacher@testbourne.demo", CaseType.SafeguardingConcern, "Heron-9: safeguarding only",
            new ReportConcern.PartyInput(pupil, null, Core.Casework.PartyKind.Pupil, PartyRole.Subject));

        using var client = await factory.CreateSignedInClientAsync("slt@testbourne.demo");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/chronology/{pupil}", UriKind.Relative)));

        html.ShouldNotContain("Heron-9");
        html.ShouldContain("There are no cases naming Poppy Walsh that you can read.");
    }

    [Fact]
    public async Task APersonOfAnotherSchool_IsNotFound_AsIsOneThatDoesNotExist()
    {
        var elsewhere = await RegisterData.PersonIdAsync(factory, RegisterData.Chapmanslade, "Harry", "Clarke", "pupil");
        using var client = await factory.CreateSignedInClientAsync("dsl@testbourne.demo");

        using var other = await client.GetAsync(new Uri($"/chronology/{elsewhere}", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/chronology/999999", UriKind.Relative));

        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("head@testbourne.demo", true)]
    [InlineData("slt@testbourne.demo", true)]
    [InlineData("it@testbourne.demo", false)]
    public async Task PersonPage_LinksToTheChronology_OnlyForCaseReaders(string email, bool linked)
    {
        var pupil = await RegisterData.PersonIdAsync(factory, RegisterData.Testbourne, "Noah", "Adeyemi", "pupil");
        using var client = await factory.CreateSignedInClientAsync(email);

        var html = await client.GetStringAsync(new Uri($"/people/{pupil}", UriKind.Relative));

        html.Contains($"href=\"/chronology/{pupil}\"", StringComparison.Ordinal).ShouldBe(linked);
    }

    private Task<long> AuditedViewsAsync(long personId) =>
        factory.ScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE subject_id = @Id AND detail = @Detail", new { Id = personId, Detail = Core.Casework.Chronology.AuditDetail });
}
