using System.Diagnostics.CodeAnalysis;
using Lanyard.Data.Users;
using Microsoft.Playwright;

namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// Shared by every browser test (see <see cref="SharedBrowser"/>): the app on Kestrel and one
/// Chromium, both started once because each takes a second or two. Tests get isolation from
/// <see cref="OpenAsync"/>, which gives each a fresh browser context.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "xUnit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>A desktop browser window.</summary>
    public const int DesktopWidth = 1280;

    /// <summary>A phone held upright (an iPhone 12 to 15 is 390 CSS pixels wide).</summary>
    public const int PhoneWidth = 390;

    /// <summary>The demo sign-in most tests use: Chapmanslade's head teacher, whom every page today admits.</summary>
    public const string HeadTeacher = "head@chapmanslade.demo";

    private readonly LanyardServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app's address, ending in a slash.</summary>
    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The app's services, for a test that puts data in place before it opens a page.</summary>
    public IServiceProvider Services => _server.Services;

    public async Task InitializeAsync()
    {
        // Before anything starts, so a missing browser fails with that message and nothing else.
        DebianChromium.EnsureInstalled();
        // Expect(...) waits 5 seconds unless told otherwise, less than the actions around it (see
        // BrowserSession); in CI every test project runs at once on two cores, and a page after a
        // form post (an approval, a case step with its notifications) can take longer than that.
        Assertions.SetDefaultExpectTimeout(BrowserSession.ActionTimeoutMs);
        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh context and page, <paramref name="width"/> CSS pixels wide.</summary>
    public Task<BrowserSession> OpenAsync(int width = DesktopWidth, int height = 800) =>
        BrowserSession.OpenAsync(_browser ?? throw new InvalidOperationException("The browser fixture has not started."), BaseAddress, width, height);

    /// <summary>A fresh context and page, signed in as <paramref name="email"/> (a demo sign-in) through the form.</summary>
    public async Task<BrowserSession> OpenSignedInAsync(string email = HeadTeacher, int width = DesktopWidth, int height = 800)
    {
        var session = await OpenAsync(width, height);
        try
        {
            await session.Page.GotoAsync("/account/sign-in");
            await SignInAsync(session.Page, email, DemoUsers.Password);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Signs in through the app's own sign-in form, as a person would. The page must be showing the
    /// form (going to a page that needs sign-in leads there). The fields are found by their labels
    /// ("Email", "Password") and the button by its name ("Sign in"), so the test reads the form as
    /// its user does. Throws with the page's message when the form comes back instead.
    /// </summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Email").FillAsync(email);
        var passwordField = page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true });
        await passwordField.FillAsync(password);
        // Whether it signs in (a redirect) or refuses (the form again), the post ends in a new page.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAndWaitForPageAsync();

        if (await passwordField.CountAsync() > 0)
        {
            var message = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Signing in as {email} did not get past the sign-in form, which says: {message}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
