using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests;

public sealed class ErrorPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo");

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

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

    [Fact]
    public async Task Get_UnknownPath_WithoutSignIn_AsksForSignInRatherThanSayingWhatExists()
    {
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync(new Uri("/does-not-exist", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task ErrorPage_IsOpenWithoutSignIn()
    {
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync(new Uri("/Error/404", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("<h1>Page not found</h1>");
    }
}
