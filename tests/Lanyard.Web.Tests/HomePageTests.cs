using System.Net;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests;

public sealed partial class HomePageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo", allowAutoRedirect: false);

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Get_Root_ReturnsOkHtml()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task Get_Root_IsAnAccessibleBritishEnglishPage()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        html.ShouldContain("<html lang=\"en-GB\">");
        html.ShouldContain("<main id=\"main\"");
        html.ShouldContain("href=\"#main\"");
        html.ShouldContain("<nav aria-label=\"Main\"");
        html.ShouldContain("href=\"/packs\"");
    }

    [Theory]
    [InlineData("Content-Security-Policy", "default-src 'self'")]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("Referrer-Policy", "no-referrer")]
    [InlineData("X-Frame-Options", "DENY")]
    public async Task Get_Root_SendsSecurityHeader(string header, string expected)
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        response.Headers.TryGetValues(header, out var values).ShouldBeTrue($"{header} is missing");
        values.ShouldHaveSingleItem().ShouldStartWith(expected);
    }

    [Fact]
    public async Task Get_Root_LoadsNothingFromAnotherOrigin()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        var references = ReferenceAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        references.ShouldNotBeEmpty();
        references.ShouldAllBe(url => IsSameOrigin(url), $"external references: {string.Join(", ", references.Where(u => !IsSameOrigin(u)))}");
    }

    [Fact]
    public async Task Get_Stylesheet_IsServedWithSecurityHeaders()
    {
        using var response = await _client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }

    // Relative ("/css/site.css", "#main") or absolute on the test server's own origin. A URL with
    // any other scheme, or a protocol-relative "//host/...", would load from somewhere else.
    private static bool IsSameOrigin(string url) =>
        url.StartsWith("http://localhost/", StringComparison.OrdinalIgnoreCase)
        || (!url.StartsWith("//", StringComparison.Ordinal) && !UrlScheme().IsMatch(url));

    [GeneratedRegex("""\b(?:src|href)\s*=\s*["'](?<url>[^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceAttribute();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();
}
