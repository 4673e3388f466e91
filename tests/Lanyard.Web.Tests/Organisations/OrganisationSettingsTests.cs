using System.Net;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests.Organisations;

/// <summary>Organisation settings: the school-year start and the email domains, within the user's scope only.</summary>
public sealed partial class OrganisationSettingsTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private async Task<long> IdOf(string name) =>
        await factory.ScalarAsync<long>("SELECT id FROM organisations WHERE name = @Name", new { Name = name });

    private static Dictionary<string, string> Form(string page, string day, string month, string domains) => new()
    {
        ["__RequestVerificationToken"] = TokenRegex().Match(page).Groups[1].Value,
        ["Input.YearStartDay"] = day,
        ["Input.YearStartMonth"] = month,
        ["Input.EmailDomains"] = domains,
    };

    [Fact]
    public async Task HeadTeacher_SetsTheYearStartAndDomains_ForTheirSchool()
    {
        using var client = await factory.CreateSignedInClientAsync("head@testbourne.demo", allowAutoRedirect: false);
        var id = await IdOf("Testbourne Community School");
        var url = new Uri($"/organisations/{id}/settings", UriKind.Relative);
        var page = await client.GetStringAsync(url);

        using var content = new FormUrlEncodedContent(Form(page, "3", "9", "Testbourne.Hants.sch.uk, @staff.testbourne.example"));
        using var response = await client.PostAsync(url, content);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.ScalarAsync<string>("SELECT email_domains FROM organisations WHERE id = @Id", new { Id = id }))
            .ShouldBe("testbourne.hants.sch.uk staff.testbourne.example");
        (await factory.ScalarAsync<long>("SELECT year_start_day FROM organisations WHERE id = @Id", new { Id = id })).ShouldBe(3);
    }

    [Fact]
    public async Task NotADomain_IsRefusedByItsField()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo", allowAutoRedirect: false);
        var id = await IdOf("Chapmanslade School");
        var url = new Uri($"/organisations/{id}/settings", UriKind.Relative);
        var page = await client.GetStringAsync(url);

        using var content = new FormUrlEncodedContent(Form(page, "31", "9", "gmail"));
        using var response = await client.PostAsync(url, content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("'gmail' is not a domain");
        html.ShouldContain("Choose a day from 1 to 28");
    }

    [Fact]
    public async Task AnotherSchoolsSettings_AreNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo", allowAutoRedirect: false);
        var other = await IdOf("Testbourne Community School");

        using var response = await client.GetAsync(new Uri($"/organisations/{other}/settings", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
