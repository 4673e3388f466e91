using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.RegularExpressions;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Users;
using Lanyard.Data;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Check;

/// <summary>The /check page through the real app: the form, anti-forgery, the verdict with its findings and clauses, and the marked text.</summary>
public partial class CheckPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static readonly Uri CheckPage = new("/check", UriKind.Relative);

    [Fact]
    public async Task Get_ShowsTheFormForTheUsersOwnSchool_WithTheLimitAndTheTimeNow()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(CheckPage));

        html.ShouldContain("For <strong>Testbourne Community School</strong>");
        html.ShouldContain("Up to 50,000 characters.");
        html.ShouldContain("maxlength=\"50000\"");
        html.ShouldContain($"value=\"{factory.Clock.GetLocalNow().DateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)}\"");
        html.ShouldContain("<option value=\"Staff\" selected=\"selected\">Member of staff</option>");
        html.ShouldNotContain("id=\"school\"", customMessage: "one school: no picker");
    }

    [Fact]
    public async Task Get_SomeoneWhoIsOnlyAGovernor_WritesAsAGovernorByDefault()
    {
        using var client = await factory.CreateSignedInClientAsync("governor@testbourne.demo");

        var html = await client.GetStringAsync(CheckPage);

        html.ShouldContain("<option value=\"Governors\" selected=\"selected\">Governor</option>");
    }

    [Fact]
    public async Task Get_AnotherSchool_IsNotFound()
    {
        var chapmanslade = await SchoolIdAsync("Chapmanslade School");
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await client.GetAsync(new Uri($"/check?school={chapmanslade}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_PupilWithoutConsentWithPhotosShowingPupils_IsBlockedWithTheClauseAndItsText()
    {
        const string Text = "Well done Ollie for your brilliant painting!";
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = Text, ["Input.PhotosShowPupils"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var decoded = WebUtility.HtmlDecode(html);
        decoded.ShouldContain("<h2 id=\"result-heading\">Do not post</h2>");
        decoded.ShouldContain("<span class=\"verdict verdict-block\">block</span>");
        decoded.ShouldContain($"pack <code>heathcoat</code>, version <code>{BuiltInPacks.Get("heathcoat").Version}</code>");
        decoded.ShouldContain("<a href=\"/packs/heathcoat#heathcoat.staff.09\" class=\"clause-link\"><code>heathcoat.staff.09</code></a>");
        decoded.ShouldContain($"<blockquote class=\"clause-text\">{BuiltInPacks.Get("heathcoat").FindClause("heathcoat.staff.09")!.Summary}</blockquote>");
        decoded.ShouldContain("a name objection is recorded");
        html.ShouldContain("Well done <mark class=\"hl hl-block\" id=\"finding-1-text\">Ollie</mark><a class=\"hl-ref\" href=\"#finding-1\" aria-label=\"Finding 1: Pupil named, block\">1</a> for your brilliant painting!");
        html.ShouldContain("<li id=\"finding-1\" class=\"finding finding-block\" tabindex=\"-1\">");
    }

    [Fact]
    public async Task Post_PupilNamedWithPhotoAtTestbourne_WaitsForApproval()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "Well done Ollie Bennett!", ["Input.PhotosShowPupils"] = "true" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<h2 id=\"result-heading\">Do not post yet: it needs approval first</h2>");
        html.ShouldContain("<div class=\"verdict-panel verdict-panel-hold\">");
        html.ShouldContain("<code>testbourne.5b.09</code>");
        html.ShouldContain(BuiltInPacks.Get("testbourne").FindClause("testbourne.5b.09")!.Summary);
    }

    [Fact]
    public async Task Post_NothingWrong_IsFineToPost()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "The choir sang beautifully at the care home today." });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<h2 id=\"result-heading\">Fine to post</h2>");
        html.ShouldContain("Nothing in the post breaks a rule of the policy.");
        html.ShouldNotContain("<mark");
    }

    [Fact]
    public async Task Post_SeveralFindings_MarksEachSpanWithTheTextItCovers()
    {
        const string Text = "Ollie Bennett won! Ring 07700 900123 for photos.";
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = Text, ["Input.PhotosShowPupils"] = "true" });

        var html = await response.Content.ReadAsStringAsync();
        var marks = Marks().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value)).ToList();
        marks.ShouldBe(["Ollie Bennett", "07700 900123"]);
        var quotes = Quotes().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value)).ToList();
        quotes.ShouldBe(["Ollie Bennett", "07700 900123"], "each finding quotes the text its span covers");
        WebUtility.HtmlDecode(html).ShouldContain("Write <q class=\"rewrite\">[phone number removed]</q> instead.");
    }

    [Fact]
    public async Task Post_TextWithMarkup_IsShownAsTextNeverAsHtml()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "<script>alert('x')</script> <b>Ollie</b> & friends", ["Input.PhotosShowPupils"] = "true" });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<b>Ollie");
        html.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;b&gt;<mark class=\"hl hl-block\" id=\"finding-1-text\">Ollie</mark>");
    }

    [Fact]
    public async Task Post_PhotoWithItsLocation_WarnsNamingThePhoto()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "Sports day was a great success." }, ("sports-day.jpg", "image/jpeg", PhotoFixtures.Read("gps.jpg")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The photo sports-day.jpg");
        html.ShouldContain("<code>chapmanslade.legal.02</code>");
        html.ShouldContain("Lanyard cannot see who is in a photo. If any pupil can be seen");
        html.ShouldContain("Attach the photos again to check them again.");
    }

    [Fact]
    public async Task Post_APhotoOfSeveralHundredKilobytes_IsCheckedFromMemory()
    {
        // Over the 64 KB above which ASP.NET Core would otherwise spool an upload to a temporary file.
        var photo = PhotoFixtures.Read("gps.jpg").Concat(new byte[400 * 1024]).ToArray();
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "Sports day" }, ("big.jpg", "image/jpeg", photo));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("The photo big.jpg");
    }

    [Fact]
    public void Page_KeepsTheWholeFormInMemory_SoNoPhotoIsWrittenToDisk()
    {
        var limits = typeof(Pages.Check.IndexModel).GetCustomAttribute<RequestFormLimitsAttribute>()!;

        limits.MemoryBufferThreshold.ShouldBeGreaterThanOrEqualTo(Web.Checking.CheckLimits.MaxFormBytes);
        limits.MultipartBodyLengthLimit.ShouldBe(Web.Checking.CheckLimits.MaxFormBytes);
        typeof(Pages.Check.IndexModel).GetCustomAttribute<RequestSizeLimitAttribute>().ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_AFileThatIsNotAPhoto_IsRefusedByThePhotosField()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "Our newsletter" }, ("newsletter.jpg", "image/jpeg", "Not really a picture"u8.ToArray()));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<p class=\"field-error\" id=\"photos-error-0\">newsletter.jpg is not a photo");
        html.ShouldContain("aria-describedby=\"photos-hint photos-error-0\" aria-invalid=\"true\"");
        html.ShouldNotContain("result-heading");
    }

    [Fact]
    public async Task Post_EmptyText_ShowsTheErrorByTheFieldAndChecksNothing()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "   " });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<h2 id=\"error-summary\">The post was not checked</h2>");
        html.ShouldContain("<li><a href=\"#text\">Enter the text of the post.</a></li>");
        html.ShouldContain("<p class=\"field-error\" id=\"text-error\">Enter the text of the post.</p>");
        html.ShouldContain("aria-describedby=\"text-hint text-error\" aria-invalid=\"true\"");
        html.ShouldNotContain("result-heading");
    }

    [Fact]
    public async Task Post_TextOverTheLimit_ShowsTheErrorAndKeepsTheText()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = new string('x', 50_001) });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The post is 50,001 characters; the check takes at most 50,000.");
        html.ShouldContain(new string('x', 50_001) + "</textarea>");
    }

    [Fact]
    public async Task Post_DirectMessageWithNoRecipient_AsksWhoReceivesIt()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "See you tomorrow", ["Input.Audience"] = "DirectMessage" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<p class=\"field-error\" id=\"recipient-error\">Choose who receives the direct message");
    }

    [Fact]
    public async Task Post_DirectMessageToAPupil_IsCheckedAgainstTheDirectMessageRule()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

        using var response = await PostAsync(client, new()
        {
            ["Input.Text"] = "See you at the match tomorrow",
            ["Input.Audience"] = "DirectMessage",
            ["Input.RecipientRole"] = "Pupils",
            ["Input.Channel"] = "PersonalAccount",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<code>chapmanslade.scope.11</code>");
        html.ShouldContain("Who receives it: private message to a pupil");
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRejected()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        using var form = new MultipartFormDataContent { { new StringContent("Ollie Bennett"), "Input.Text" } };

        using var response = await client.PostAsync(CheckPage, form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_AnswerIsNotCachedAndTheTextIsNotLogged()
    {
        const string Marker = "Quixotic-narwhal";
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new() { ["Input.Text"] = $"{Marker} met Ollie Bennett", ["Input.Tags"] = Marker });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        factory.Logs.Entries.ShouldNotContain(e => e.AllText.Contains(Marker, StringComparison.Ordinal) || e.AllText.Contains("Ollie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrustStaff_PickAmongTheTrustsSchools_AndTheChosenSchoolsPackDecides()
    {
        var trust = await SchoolIdAsync("Cambrian Learning Trust");
        var second = await AddOrganisationAsync(new NewOrganisation("Cambrian Hillside Academy", OrganisationLevel.School, trust, null));
        var email = await AddStaffAtAsync(trust, StaffRole.Coo);
        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(CheckPage));
        page.ShouldContain("<label for=\"school\">School</label>");
        var valley = await SchoolIdAsync("Cambrian Valley Academy");
        page.ShouldContain($"<option value=\"{second}\" selected=\"selected\">Cambrian Hillside Academy</option>", customMessage: "the first by name is chosen until the user picks");
        page.ShouldContain($"<option value=\"{valley}\">Cambrian Valley Academy</option>");

        using var response = await PostAsync(client, new() { ["Input.Text"] = "Good luck everyone", ["Input.SchoolId"] = valley.ToString(CultureInfo.InvariantCulture) });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<dt>School</dt><dd>Cambrian Valley Academy</dd>");
        html.ShouldContain($"<option value=\"{valley}\" selected=\"selected\">Cambrian Valley Academy</option>");
        html.ShouldContain("pack <code>cambrian</code>");

        using var outside = await PostAsync(client, new() { ["Input.Text"] = "Hello", ["Input.SchoolId"] = (await SchoolIdAsync("Chapmanslade School")).ToString(CultureInfo.InvariantCulture) });
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Gets the form, then posts it as a browser would: multipart, with the page's token and school,
    // the fields given and, by default, a public post on the school's account.
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, params (string Name, string Type, byte[] Content)[] photos)
    {
        var page = await client.GetStringAsync(CheckPage);
        var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
        };
        var defaults = new Dictionary<string, string>
        {
            ["Input.SchoolId"] = SchoolField().Match(page) is var school && school.Groups[1].Success ? school.Groups[1].Value : school.Groups[2].Value,
            ["Input.Channel"] = "SchoolAccount",
            ["Input.Audience"] = "Public",
            ["Input.AuthorRole"] = "Staff",
        };
        foreach (var (name, value) in defaults.Where(d => !fields.ContainsKey(d.Key)).Concat(fields))
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, type, content) in photos)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "Photos", name);
        }

        using (form)
        {
            return await client.PostAsync(CheckPage, form);
        }
    }

    private Task<long> SchoolIdAsync(string name) =>
        factory.ScalarAsync<long>("SELECT id FROM organisations WHERE name = @name", new { name });

    private async Task<long> AddOrganisationAsync(NewOrganisation organisation)
    {
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var added = await new OrganisationStore(work).AddAsync(organisation, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return added.Id;
    }

    // A member of staff employed by the given organisation (a trust), with a sign-in.
    private async Task<string> AddStaffAtAsync(long organisationId, StaffRole role)
    {
        var email = $"trust-{Guid.NewGuid():N}@test.example";
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var personId = await new PeopleStore(work).AddAsync(
            new Person { OrganisationId = organisationId, Kind = PersonKind.Staff, GivenName = "Trust", FamilyName = "Officer", Email = email, Roles = [role] },
            CancellationToken.None);
        await CreateUserAccount.HandleAsync(
            new CreateUserAccount.Request(personId, email, LanyardWebFactory.StaffPassword), new UserStore(work), factory.Services.GetRequiredService<IPasswordHasher>(), factory.Clock, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return email;
    }

    [GeneratedRegex("name=\"Input.SchoolId\" value=\"(\\d+)\"|<option value=\"(\\d+)\" selected")]
    private static partial Regex SchoolField();

    [GeneratedRegex("<mark class=\"hl[^\"]*\"[^>]*>(?<text>[^<]*)</mark>")]
    private static partial Regex Marks();

    [GeneratedRegex("<q>(?<text>[^<]*)</q>")]
    private static partial Regex Quotes();
}
