using System.Net;

namespace Lanyard.Web.Tests.Letters;

/// <summary>/letters/templates: SLT edit the letters their pack offers; versions, placeholders, reset, refusals.</summary>
public sealed class LetterTemplatePageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static readonly Uri Removal = new("/letters/templates?kind=removal-request", UriKind.Relative);

    [Fact]
    public async Task Heathcoat_OffersItsLadderLetters_FromTheShippedDefault_WithThePlaceholdersListed()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@heathcoat.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/letters/templates", UriKind.Relative)));

        html.ShouldContain("href=\"/letters/templates?kind=removal-request\" aria-current=\"page\"");
        html.ShouldContain("href=\"/letters/templates?kind=written-warning\"");
        html.ShouldNotContain("kind=meeting-invitation");
        html.ShouldContain("Lanyard's default for the");
        html.ShouldContain("<code class=\"clause-ref\">heathcoat.parents.08</code>");
        html.ShouldContain("<code>{{school.name}}</code>");
        html.ShouldContain("Your school has not saved a version of this letter.");
    }

    [Fact]
    public async Task Saving_IsANewVersion_InForceFromThen_AndResetSavesTheDefaultAsTheNext()
    {
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo", allowAutoRedirect: false);
        var page = await client.GetStringAsync(Removal);

        using var save = Antiforgery.Form(page, new() { ["Body"] = "Dear {{recipient.name}},\n\nPlease remove the post about {{school.name}}.\n" });
        using var saved = await client.PostAsync(new Uri("/letters/templates?handler=Save&kind=removal-request", UriKind.Relative), save);
        var afterSave = WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location!));
        using var reset = Antiforgery.Form(afterSave, []);
        using var resetResponse = await client.PostAsync(new Uri("/letters/templates?handler=Reset&kind=removal-request", UriKind.Relative), reset);
        var afterReset = WebUtility.HtmlDecode(await client.GetStringAsync(resetResponse.Headers.Location!));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterSave.ShouldContain("Saved as version 1.");
        afterSave.ShouldContain("St Mary's Catholic Primary School's own version 1");
        afterSave.ShouldContain("Please remove the post about {{school.name}}.");
        afterReset.ShouldContain("Reset to the default text, saved as version 2.");
        afterReset.ShouldContain("Version 2");
        afterReset.ShouldContain("(default text) — in force");
        afterReset.ShouldContain("Version 1");
    }

    [Fact]
    public async Task AnUnknownPlaceholder_IsRefused_NamingIt_AndNothingIsSaved()
    {
        using var client = await factory.CreateSignedInClientAsync("deputy@chapmanslade.demo");
        var page = await client.GetStringAsync(Removal);

        using var form = Antiforgery.Form(page, new() { ["Body"] = "Dear {{parent.surname}}, please remove it." });
        using var response = await client.PostAsync(new Uri("/letters/templates?handler=Save&kind=removal-request", UriKind.Relative), form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("The template was not saved");
        html.ShouldContain("Unknown placeholder {{parent.surname}}");
        html.ShouldContain("aria-invalid=\"true\"");
        html.ShouldContain("Dear {{parent.surname}}, please remove it.", Case.Sensitive, "the text typed is kept");
        (await factory.ScalarAsync<long>(
            "SELECT COUNT(*) FROM letter_templates t JOIN organisations o ON o.id = t.organisation_id WHERE o.name = 'Chapmanslade School'", null)).ShouldBe(0);
    }

    [Fact]
    public async Task APackThatOffersNoLetters_SaysSo()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@testbourne.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/letters/templates", UriKind.Relative)));

        html.ShouldContain("Lanyard writes no letters for it");
    }

    [Fact]
    public async Task ALetterThePackDoesNotOffer_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync("slt@heathcoat.demo");

        using var response = await client.GetAsync(new Uri("/letters/templates?kind=meeting-invitation", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("teacher@heathcoat.demo")]
    [InlineData("dsl@heathcoat.demo")]
    [InlineData("governor@heathcoat.demo")]
    public async Task OnlySltTheHeadAndDeputies_MayEdit(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email, allowAutoRedirect: false);

        using var get = await client.GetAsync(Removal);
        using var post = await client.PostAsync(new Uri("/letters/templates?handler=Reset&kind=removal-request", UriKind.Relative), new FormUrlEncodedContent([]));

        get.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        get.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        post.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await client.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldNotContain("href=\"/letters/templates\"");
    }
}
