using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests;

public sealed class ErrorPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_UnknownPath_ReturnsNotFound()
    {
        using var response = await _client.GetAsync(new Uri("/does-not-exist", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_UnknownPath_ShowsPageNotFoundWithSecurityHeaders()
    {
        using var response = await _client.GetAsync(new Uri("/does-not-exist", UriKind.Relative));

        (await response.Content.ReadAsStringAsync()).ShouldContain("<h1>Page not found</h1>");
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }
}
