using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: for signed-in staff only, and it describes the API's shapes.</summary>
public class OpenApiDocumentTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task Document_NotSignedIn_IsNotServed()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task Document_ListsThePostCheckWithItsRequestAndResponse()
    {
        var document = await DocumentAsync();

        var operation = document["paths"]!["/api/check"]!["post"]!.AsObject();
        operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/PostCheckRequest");
        operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/PostCheckResponse");
        operation["responses"]!.AsObject().ShouldContainKey("400");
        operation["responses"]!.AsObject().ShouldContainKey("404");
        var header = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "X-Requested-With")!;
        header["in"]!.GetValue<string>().ShouldBe("header");
        header["required"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Document_ListsTheConnectionCheckWithItsRequestAndResponse()
    {
        var document = await DocumentAsync();

        var operation = document["paths"]!["/api/connections"]!["post"]!.AsObject();
        operation["requestBody"]!["content"]!["application/json"]!["schema"]!.ToJsonString().ShouldContain("$ref");
        operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.ToJsonString().ShouldContain("$ref");
        operation["responses"]!.AsObject().ShouldContainKey("400");
    }

    [Fact]
    public async Task Document_DescribesFieldsEnumsAndLimits()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        var request = schemas["PostCheckRequest"]!;
        request["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["text", "channel"], ignoreOrder: true);
        request["properties"]!["text"]!["maxLength"]!.GetValue<int>().ShouldBe(50_000);
        request["properties"]!["text"]!["description"]!.GetValue<string>().ShouldContain("50,000");
        EnumValues(schemas, request["properties"]!["channel"]!).ShouldBe(["school-account", "personal-account"]);
        EnumValues(schemas, request["properties"]!["audience"]!).ShouldBe(["public", "direct-message"]);
        var finding = schemas["PostCheckFinding"]!["properties"]!.AsObject();
        finding.Select(p => p.Key).ShouldBe(
            ["detector", "category", "clauseId", "clauseText", "start", "length", "severity", "verdict", "message", "suggestion", "subject"], ignoreOrder: true);
        EnumValues(schemas, schemas["PostCheckResponse"]!["properties"]!["verdict"]!).ShouldBe(["allow", "warn", "flag", "hold", "block"]);
    }

    [Fact]
    public async Task Document_SaysTheApiIsSignedInByCookie()
    {
        var document = await DocumentAsync();

        var scheme = document["components"]!["securitySchemes"]!["signIn"]!;
        scheme["in"]!.GetValue<string>().ShouldBe("cookie");
        scheme["name"]!.GetValue<string>().ShouldBe("Lanyard.SignIn");
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var text = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        return JsonNode.Parse(text)!.AsObject();
    }

    // An enum is a schema of its own, referenced, or inline; a nullable one may be wrapped in oneOf/anyOf.
    private static string[] EnumValues(JsonNode schemas, JsonNode property)
    {
        if (property["$ref"] is { } reference)
        {
            return EnumValues(schemas, schemas[reference.GetValue<string>().Split('/')[^1]]!);
        }

        if ((property["oneOf"] ?? property["anyOf"] ?? property["allOf"]) is JsonArray options)
        {
            return [.. options.SelectMany(o => EnumValues(schemas, o!))];
        }

        return property["enum"] is JsonArray values ? [.. values.Where(v => v is not null).Select(v => v!.GetValue<string>())] : [];
    }
}
