using System.Net;
using Lanyard.Web.Tests.People;

namespace Lanyard.Web.Tests.Consent;

/// <summary>/consent and /consent/{pupilId}: the register as the pack reads it, and the form that records answers.</summary>
public class ConsentPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task Register_UnderAnOptOutPack_SaysSoWithItsClausesAndCountsEachChannel()
    {
        using var client = await factory.CreateSignedInClientAsync("head@heathcoat.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/consent", UriKind.Relative)));

        html.ShouldContain("Opt-out (heathcoat.");
        html.ShouldContain("version");
        // Opt-out: everyone but the refusal (Ollie), the name refusal (Freya) and the never-publish pupil (Poppy).
        html.ShouldContain("<span class=\"stat-number\">7</span> of 9 pupils may appear in photographs");
        var isla = await RegisterData.PersonIdAsync(factory, RegisterData.Heathcoat, "Isla", "Kowalski", "pupil");
        var row = PeoplePageTests.Row(html, $"pupil-{isla}");
        row.ShouldContain("no objection");
        row.ShouldContain("verdict-allow");
        var poppy = await RegisterData.PersonIdAsync(factory, RegisterData.Heathcoat, "Poppy", "Walsh", "pupil");
        PeoplePageTests.Row(html, $"pupil-{poppy}").ShouldContain("never publish");
    }

    [Fact]
    public async Task Register_ForAnotherYear_ShowsThatYear()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var current = await client.GetStringAsync(new Uri("/consent", UriKind.Relative));
        var thisYear = System.Text.RegularExpressions.Regex.Match(current, "<option value=\"(\\d{4})-\\d{2}\" selected").Groups[1].Value;
        var lastYear = int.Parse(thisYear, System.Globalization.CultureInfo.InvariantCulture) - 1;

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/consent?year={lastYear}-{(lastYear + 1) % 100:D2}", UriKind.Relative)));

        html.ShouldContain($"Consent register <span class=\"year-heading\">{lastYear}/{(lastYear + 1) % 100:D2}</span>");
        html.ShouldNotContain("for the current school year");
    }

    [Fact]
    public async Task Form_RecordsTheAnswers_AndTheRegisterShowsThem()
    {
        var isla = await RegisterData.PersonIdAsync(factory, RegisterData.StMarys, "Isla", "Kowalski", "pupil");
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var before = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/consent", UriKind.Relative)));
        PeoplePageTests.Row(before, $"pupil-{isla}").ShouldNotContain("verdict-allow");
        var page = await client.GetStringAsync(new Uri($"/consent/{isla}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new()
        {
            ["Input.Photo[OfficialSocialMedia]"] = "Given",
            ["Input.Name[OfficialSocialMedia]"] = "Refused",
            ["Input.Photo[Website]"] = "",
            ["Input.Name[Website]"] = "",
            ["Input.Photo[Press]"] = "",
            ["Input.Name[Press]"] = "",
            ["Input.GivenBy"] = "Anna Kowalski (mother)",
            ["Input.GivenOn"] = factory.Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.NeverPublish"] = "false",
        });

        using var response = await client.PostAsync(new Uri($"/consent/{isla}", UriKind.Relative), form);

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/consent");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Consent for Isla Kowalski was recorded.");
        var row = PeoplePageTests.Row(html, $"pupil-{isla}");
        row.ShouldContain("<span class=\"verdict verdict-allow\">yes</span>");
        row.ShouldContain("refused");
        var pupilPage = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/consent/{isla}", UriKind.Relative)));
        pupilPage.ShouldContain("Anna Kowalski (mother)");
    }

    [Fact]
    public async Task Form_AnswerWithoutWhoGaveIt_IsRefusedAndNothingIsRecorded()
    {
        var sophie = await RegisterData.PersonIdAsync(factory, RegisterData.StMarys, "Sophia", "Martin", "pupil");
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var page = await client.GetStringAsync(new Uri($"/consent/{sophie}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new()
        {
            ["Input.Photo[Press]"] = "Given",
            ["Input.Name[Press]"] = "Given",
            ["Input.GivenBy"] = " ",
            ["Input.NeverPublish"] = "false",
        });

        using var response = await client.PostAsync(new Uri($"/consent/{sophie}", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The answers were not recorded");
        html.ShouldContain("Say who gave this answer");
        html.ShouldContain("aria-describedby=\"given-by-hint given-by-error\"");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM consents WHERE pupil_id = @Id", new { Id = sophie })).ShouldBe(0);
    }

    [Fact]
    public async Task Form_NeverPublishTicked_IsShownOnTheRegister()
    {
        var noah = await RegisterData.PersonIdAsync(factory, RegisterData.Testbourne, "Noah", "Adeyemi", "pupil");
        using var client = await factory.CreateSignedInClientAsync("slt@testbourne.demo");
        var page = await client.GetStringAsync(new Uri($"/consent/{noah}", UriKind.Relative));
        using var form = new FormUrlEncodedContent(
        [
            new("Input.Photo[OfficialSocialMedia]", "Given"), new("Input.Name[OfficialSocialMedia]", "Given"),
            new("Input.Photo[Website]", "Given"), new("Input.Name[Website]", "Given"),
            new("Input.NeverPublish", "true"), new("Input.NeverPublish", "false"), new(Antiforgery.FieldName, Antiforgery.Token(page)),
        ]);

        using var response = await client.PostAsync(new Uri($"/consent/{noah}", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Consent for Noah Adeyemi was recorded.");
        PeoplePageTests.Row(html, $"pupil-{noah}").ShouldContain("never publish");
    }
}
