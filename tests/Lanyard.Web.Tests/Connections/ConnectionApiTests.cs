using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lanyard.Web.Tests.Connections;

/// <summary>POST /api/connections: the connection check as JSON, about the signed-in member of staff.</summary>
public sealed class ConnectionApiTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static readonly Uri Endpoint = new("/api/connections", UriKind.Relative);

    [Fact]
    public async Task Post_NotSignedIn_Is401_NotARedirect()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.SendAsync(Request(new { action = "follow", platform = "Instagram", outsider = new { name = "Sam" } }));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WithoutTheRequestedWithHeader_Is400_AndNothingIsRecorded()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@cambrian.demo");
        var before = await factory.ScalarAsync<long>("SELECT count(*) FROM connection_decisions", null);

        using var response = await client.PostAsJsonAsync(Endpoint, new { action = "follow", platform = "Instagram", outsider = new { name = "Sam" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("X-Requested-With: lanyard");
        (await factory.ScalarAsync<long>("SELECT count(*) FROM connection_decisions", null)).ShouldBe(before);
    }

    [Fact]
    public async Task Post_TestbourneTeacherAndPupilUnder18_BlocksCiting5d04()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var pupil = await ConnectionPages.FindAsync(client, "Mohammed Rahman");

        using var response = await client.SendAsync(Request(new { otherPersonId = pupil, action = "message", platform = "Instagram" }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var answer = json.RootElement;
        answer.GetProperty("verdict").GetString().ShouldBe("block");
        answer.GetProperty("packId").GetString().ShouldBe("testbourne");
        answer.GetProperty("packVersion").GetString().ShouldBe("1.1.0");
        var reason = answer.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("verdict").GetString() == "block");
        reason.GetProperty("clauseIds").EnumerateArray().Select(c => c.GetString()).ShouldContain("testbourne.5d.04");
        reason.GetProperty("explanation").GetString()!.ShouldContain("Mohammed Rahman");
        reason.GetProperty("decidingRole").GetString().ShouldBe("headteacher");
        answer.GetProperty("holdRequestId").ValueKind.ShouldBe(JsonValueKind.Null);
        answer.GetProperty("decisionId").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Post_StMarysParentRequest_IsHeld_WithTheRequestOpened()
    {
        using var client = await factory.CreateSignedInClientAsync("deputy@stmarys.demo");
        var parent = await ConnectionPages.FindAsync(client, "Rachel Rahman");

        using var response = await client.SendAsync(Request(new { otherPersonId = parent, action = "accept-request", platform = "Facebook" }));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("verdict").GetString().ShouldBe("hold");
        json.RootElement.GetProperty("decidingRole").GetString().ShouldBe("headteacher");
        json.RootElement.GetProperty("holdRequestId").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Post_UnknownActionOrNoPerson_Is400_WithErrorsByField()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        using var badAction = await client.SendAsync(Request(new { action = "poke", platform = "Facebook", outsider = new { name = "Sam" } }));
        using var noPerson = await client.SendAsync(Request(new { action = "follow", platform = "" }));

        badAction.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var actionJson = JsonDocument.Parse(await badAction.Content.ReadAsStringAsync());
        actionJson.RootElement.GetProperty("errors").GetProperty("action")[0].GetString()!.ShouldStartWith("Ask about one action");
        using var personJson = JsonDocument.Parse(await noPerson.Content.ReadAsStringAsync());
        var errors = personJson.RootElement.GetProperty("errors");
        errors.GetProperty("otherPersonId")[0].GetString()!.ShouldStartWith("Choose the other person");
        errors.GetProperty("platform")[0].GetString()!.ShouldStartWith("Name the platform");
    }

    [Fact]
    public async Task Post_SchoolOutOfScope_Is404()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");

        using var response = await client.SendAsync(Request(new { schoolId = 999999, action = "follow", platform = "X", outsider = new { name = "Sam" } }));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static HttpRequestMessage Request(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Requested-With", "lanyard");
        return request;
    }
}
