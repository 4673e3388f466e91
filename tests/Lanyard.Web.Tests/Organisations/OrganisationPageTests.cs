using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests.Organisations;

public class OrganisationPageTests : IClassFixture<LanyardWebFactory>
{
    private readonly LanyardWebFactory _factory;

    public OrganisationPageTests(LanyardWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Index_ShowsDemoOrganisations_WithTheFederationPackInheritedByItsSchool()
    {
        using var client = await _factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/organisations", UriKind.Relative)));

        html.ShouldContain("Cambrian Learning Trust");
        html.ShouldContain("Heathcoat Primary School");
        html.ShouldContain("inherited from The Federation of Tiverton Schools");
        html.ShouldContain("href=\"/packs/st-marys-sefton\"");
    }

    [Fact]
    public async Task Register_TrustPackOnASchool_IsRefusedByItsFieldAndNothingIsAdded()
    {
        using var client = await _factory.CreateSignedInClientAsync("it@testbourne.demo", allowAutoRedirect: false);
        var before = await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));

        using var response = await client.PostAsync(new Uri("/organisations", UriKind.Relative), Form(before, "Abbey Academy", "School", "cambrian"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The cambrian pack attaches to a trust, not a school: attach it to the trust and its schools inherit it.");
        html.ShouldContain("aria-describedby=\"pack-error\"");
        html.ShouldNotContain("<th scope=\"row\">Abbey Academy</th>");
    }

    [Fact]
    public async Task Register_SchoolInTheTrust_AppearsWithTheTrustPackInherited()
    {
        using var client = await _factory.CreateSignedInClientAsync("it@testbourne.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(new Uri("/organisations", UriKind.Relative));
        var trustId = Regex.Match(page, "<option value=\"(\\d+)\"[^>]*>Cambrian Learning Trust</option>").Groups[1].Value;

        using var response = await client.PostAsync(new Uri("/organisations", UriKind.Relative), Form(page, "Bishop's Lea Academy", "School", null, trustId));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/organisations", UriKind.Relative)));
        var row = after[after.IndexOf("Bishop's Lea Academy", StringComparison.Ordinal)..];
        row[..row.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain("inherited from Cambrian Learning Trust");
    }

    [Fact]
    public async Task Register_WithoutAntiforgeryToken_IsRejected()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "Forged School", ["Input.Level"] = "School" });

        using var client = await _factory.CreateSignedInClientAsync("head@chapmanslade.demo", allowAutoRedirect: false);

        using var response = await client.PostAsync(new Uri("/organisations", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static FormUrlEncodedContent Form(string page, string name, string level, string? pack, string? parent = null)
    {
        return Antiforgery.Form(page, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Level"] = level,
            ["Input.PackId"] = pack ?? string.Empty,
            ["Input.ParentId"] = parent ?? string.Empty,
        });
    }
}
