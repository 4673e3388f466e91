using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// One test's browser: a fresh context (no cookies, no storage, nothing from another test) with one
/// page whose relative addresses resolve against the app. It records every request the context
/// makes and every error the console reports (a content security policy violation is one).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _requestedUrls = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        _context.Request += (_, request) => _requestedUrls.Enqueue(request.Url);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue(message.Text);
            }
        };
        Page.PageError += (_, error) => _consoleErrors.Enqueue(error);
    }

    /// <summary>How long an action (a click, a fill) or an assertion waits, in milliseconds.</summary>
    public const int ActionTimeoutMs = 15_000;

    /// <summary>How long a navigation (GotoAsync, a form post's page) waits, in milliseconds.</summary>
    public const int NavigationTimeoutMs = 30_000;

    /// <summary>The page under test.</summary>
    public IPage Page { get; }

    /// <summary>Every URL the browser asked for, in order, from any page of this session.</summary>
    public IReadOnlyCollection<string> RequestedUrls => [.. _requestedUrls];

    /// <summary>Console errors and uncaught script errors, in order.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => [.. _consoleErrors];

    /// <summary>Opens a context on <paramref name="browser"/> for the app at <paramref name="baseAddress"/>.</summary>
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri baseAddress, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        // Fail in seconds, not Playwright's default 30: every page here is served from loopback.
        context.SetDefaultTimeout(ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/{name}.png</c>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Screenshots.Folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
