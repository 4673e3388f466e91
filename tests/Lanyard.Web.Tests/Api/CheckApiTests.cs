using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Lanyard.Core.Policies.Loading;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests.Api;

/// <summary>POST /api/check through the real app: sign-in, the cross-site header, validation as problem details, and verdicts from the demo registers.</summary>
public class CheckApiTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private const string OllieWithPhoto = "Well done to Ollie Bennett for his brilliant painting in the art show!";

    public static TheoryData<string, string, string> RefusedConsentPupilWithPhoto => new()
    {
        // Testbourne: naming a pupil with a photo needs approval first (5b.09), whatever the consent register says.
        { "teacher@testbourne.demo", "hold", "testbourne.5b.09" },
        // Chapmanslade: pupil pictures only on a school-owned account, and the school has none yet.
        { "teacher@chapmanslade.demo", "block", "chapmanslade.images.01" },
        // Heathcoat: first name only, and only with consent; Ollie's parents refused.
        { "teacher@heathcoat.demo", "block", "heathcoat.staff.09" },
    };

    [Fact]
    public async Task Check_NotSignedIn_Is401NotARedirect()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await PostAsync(client, new { text = "Hello", channel = "school-account" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html", Case.Insensitive);
    }

    [Theory]
    [MemberData(nameof(RefusedConsentPupilWithPhoto))]
    public async Task Check_PupilWithRefusedConsentAndPhotosShowingPupils_GivesThePacksVerdictAndClause(string email, string verdict, string clauseId)
    {
        using var client = await factory.CreateSignedInClientAsync(email);

        using var response = await PostAsync(client, new { text = OllieWithPhoto, channel = "school-account", photosShowPupils = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await ReadAsync(response);
        body["verdict"]!.GetValue<string>().ShouldBe(verdict);
        var packId = body["packId"]!.GetValue<string>();
        clauseId.ShouldStartWith(packId + ".");
        body["packVersion"]!.GetValue<string>().ShouldBe(BuiltInPacks.Get(packId).Version);
        var finding = body["findings"]!.AsArray().First(f => f!["clauseId"]?.GetValue<string>() == clauseId)!;
        finding["verdict"]!.GetValue<string>().ShouldBe(verdict);
        finding["category"]!.GetValue<string>().ShouldBe("pupil-name");
        finding["clauseText"]!.GetValue<string>().ShouldBe(BuiltInPacks.Get(packId).FindClause(clauseId)!.Summary);
        var (start, length) = (finding["start"]!.GetValue<int>(), finding["length"]!.GetValue<int>());
        OllieWithPhoto.Substring(start, length).ShouldBe("Ollie Bennett");
        finding["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        finding["detector"]!.GetValue<string>().ShouldBe("pupils");
        finding["subject"].ShouldBeNull("a pupil's MIS id stays in the register");
    }

    [Fact]
    public async Task Check_AllowedPost_HasNoFindings()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { text = "Our Year 6 choir sang beautifully at the care home today.", channel = "school-account" });

        var body = await ReadAsync(response);
        body["verdict"]!.GetValue<string>().ShouldBe("allow");
        body["findings"]!.AsArray().ShouldBeEmpty();
        body["schoolName"]!.GetValue<string>().ShouldBe("Testbourne Community School");
        body["score"]!.GetValue<double>().ShouldBeInRange(0, 1);
        body["notes"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Check_PhotoWithGpsPosition_WarnsNamingThePhoto()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

        using var response = await PostAsync(client, new
        {
            text = "Sports day was a great success.",
            channel = "school-account",
            photos = new[] { new { fileName = "sports-day.jpg", contentBase64 = Convert.ToBase64String(PhotoFixtures.Read("gps.jpg")) } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var findings = (await ReadAsync(response))["findings"]!.AsArray();
        var location = findings.First(f => f!["category"]!.GetValue<string>() == "photo.location")!;
        location["subject"]!.GetValue<string>().ShouldBe("sports-day.jpg");
        location["clauseId"]!.GetValue<string>().ShouldBe("chapmanslade.legal.02");
        location["length"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Check_EmptyText_Is400ProblemNamingText()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { text = "  ", channel = "school-account" });

        var errors = await ProblemErrorsAsync(response);
        errors.ShouldContainKey("text");
        errors["text"]![0]!.GetValue<string>().ShouldBe("Enter the text of the post.");
    }

    [Fact]
    public async Task Check_TextOverTheLimit_Is400ProblemNamingText()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { text = new string('a', 50_001), channel = "school-account" });

        var errors = await ProblemErrorsAsync(response);
        errors["text"]![0]!.GetValue<string>().ShouldBe("The post is 50,001 characters; the check takes at most 50,000.");
    }

    [Theory]
    [InlineData("{\"text\":\"Hi\"}", "channel")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"website\"}", "channel")]
    [InlineData("{\"text\":\"Hi\",\"channel\":1}", "channel")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"photosShowPupils\":\"yes\"}", "photosShowPupils")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"audience\":\"direct-message\"}", "recipientRole")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"authorRole\":\"parents\"}", "authorRole")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"tags\":[\"Ollie\",\" \"]}", "tags[1]")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"photos\":[{\"fileName\":\"a.jpg\",\"contentBase64\":\"not base64!\"}]}", "photos[0].contentBase64")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"photos\":[{\"contentBase64\":\"/9j/4AAQ\"}]}", "photos[0].fileName")]
    [InlineData("{\"text\":\"Hi\",\"channel\":\"school-account\",\"photos\":[{\"fileName\":\"notes.txt\",\"contentBase64\":\"aGVsbG8gd29ybGQ=\"}]}", "photos[0].contentBase64")]
    public async Task Check_InvalidField_Is400ProblemNamingIt(string json, string field)
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostRawAsync(client, json);

        var errors = await ProblemErrorsAsync(response);
        errors.ShouldContainKey(field);
    }

    [Fact]
    public async Task Check_MisspeltField_IsRefusedNotIgnored()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostRawAsync(client, "{\"text\":\"Ollie Bennett\",\"channel\":\"school-account\",\"photoShowPupils\":true}");

        var errors = await ProblemErrorsAsync(response);
        errors.ShouldContainKey("photoShowPupils");
        errors["photoShowPupils"]![0]!.GetValue<string>().ShouldContain("no such field");
    }

    [Fact]
    public async Task Check_WithoutTheRequestedWithHeader_IsRefused()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { text = OllieWithPhoto, channel = "school-account" }, requestedWith: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("X-Requested-With: lanyard");
    }

    [Fact]
    public async Task Check_FormPostAsAnotherSiteCouldMakeIt_IsRefusedBeforeTheEndpoint()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Hello", ["channel"] = "school-account" });

        using var response = await client.PostAsync(new Uri("/api/check", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data")]
    public async Task Check_NotJson_Is415(string contentType)
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = new StringContent("{\"text\":\"Hi\",\"channel\":\"school-account\"}", Encoding.UTF8, contentType) };
        request.Headers.Add("X-Requested-With", "lanyard");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html", Case.Insensitive);
    }

    [Fact]
    public async Task Check_AnotherSchoolsId_Is404()
    {
        var chapmanslade = await factory.ScalarAsync<long>("SELECT id FROM organisations WHERE name = @name", new { name = "Chapmanslade School" });
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { schoolId = chapmanslade, text = OllieWithPhoto, channel = "school-account" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Check_OwnSchoolsId_ChecksThatSchool()
    {
        var testbourne = await factory.ScalarAsync<long>("SELECT id FROM organisations WHERE name = @name", new { name = "Testbourne Community School" });
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { schoolId = testbourne, text = "Hello", channel = "school-account" });

        (await ReadAsync(response))["schoolId"]!.GetValue<long>().ShouldBe(testbourne);
    }

    [Fact]
    public async Task Check_NeverLogsTheText()
    {
        const string Marker = "Zanzibar-quokka";
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        using var response = await PostAsync(client, new { text = $"{Marker} and Ollie Bennett at the fair", channel = "school-account", tags = new[] { Marker + " tag" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Logs.Entries.ShouldNotContain(e => e.AllText.Contains(Marker, StringComparison.Ordinal) || e.AllText.Contains("Ollie", StringComparison.Ordinal));
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, bool requestedWith = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = JsonContent.Create(body) };
        if (requestedWith)
        {
            request.Headers.Add("X-Requested-With", "lanyard");
        }

        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Requested-With", "lanyard");
        return await client.SendAsync(request);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<JsonObject> ProblemErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe(400);
        return problem["errors"]!.AsObject();
    }
}
