using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests;

/// <summary>
/// The stylesheet reaches a real browser: browsers ask for compressed responses, and the app runs
/// as Production from <c>./lanyard.sh serve</c>, not as Development like a default test host.
/// </summary>
public partial class StaticAssetTests : IClassFixture<LanyardWebFactory>
{
    private readonly WebApplicationFactory<Program> _factory;

    public StaticAssetTests(LanyardWebFactory factory) =>
        _factory = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

    [Theory]
    [InlineData("gzip, deflate, br")]
    [InlineData("identity")]
    public async Task Stylesheet_InProduction_IsServedWithContent(string acceptEncoding)
    {
        var client = _factory.CreateClient();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var href = StylesheetHref().Match(home).Groups["href"].Value;
        href.ShouldNotBeNullOrEmpty();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType.ShouldBe(new MediaTypeHeaderValue("text/css"));
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
