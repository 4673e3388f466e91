using System.Net;

namespace Lanyard.Web.Tests.Packs;

public class PackPagesTests : IClassFixture<LanyardWebFactory>
{
    private readonly LanyardWebFactory _factory;

    public PackPagesTests(LanyardWebFactory factory) => _factory = factory;

    [Fact]
    public async Task PacksIndex_ListsTheFiveShippedPacks()
    {
        var html = await GetHtml("/packs");

        foreach (var id in new[] { "chapmanslade", "testbourne", "cambrian", "st-marys-sefton", "heathcoat" })
        {
            html.ShouldContain($"href=\"/packs/{id}\"");
        }

        html.ShouldContain("No review cycle set", Case.Sensitive, "St Mary's states no review cycle (st-marys-sefton.meta.03)");
    }

    [Fact]
    public async Task PackPage_ShowsClausesWithIdAnchorsVerdictsAndWarnings()
    {
        var html = await GetHtml("/packs/st-marys-sefton");

        html.ShouldContain("id=\"st-marys-sefton.4-1f.01\"");
        html.ShouldContain("class=\"verdict verdict-block\"");
        html.ShouldContain("potential-gross-misconduct");
        html.ShouldContain("adoption incomplete: the chair-of-governors signature line is blank in the copy");
        html.ShouldContain("policy: no-name");
    }

    [Fact]
    public async Task PackPage_SilentParameter_SaysNoRuleApplies()
    {
        var html = await GetHtml("/packs/chapmanslade");

        // chapmanslade says nothing about parents as friends (CLAUSES.md §3 row 7).
        var row7 = html[html.IndexOf("Staff ↔ parents on personal accounts", StringComparison.Ordinal)..];
        row7[..row7.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain("Silent: no rule applies");
    }

    [Fact]
    public async Task PackPage_UnknownPack_Is404()
    {
        using var client = await _factory.CreateSignedInClientAsync("teacher@cambrian.demo");
        using var response = await client.GetAsync(new Uri("/packs/no-such-school", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ComparePage_HasEveryRowAndLinksCitationsToClauseAnchors()
    {
        var html = await GetHtml("/packs/compare");

        html.ShouldContain("Family exception for pupils");
        html.ShouldContain("Recruitment social media searches");
        html.ShouldContain("href=\"/packs/testbourne#testbourne.5d.07\"");
        html.ShouldContain("mode: parent-or-carer-only");
    }

    private async Task<string> GetHtml(string path)
    {
        using var client = await _factory.CreateSignedInClientAsync("teacher@cambrian.demo");
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
