using Microsoft.Playwright;

namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by the Playwright driver (Node.js) that ships inside the
/// Microsoft.Playwright package. Nothing is downloaded: no <c>playwright install</c>, no browser of
/// Playwright's own. <c>./test.sh</c> installs the Debian package <c>chromium</c> when it is missing.
/// </summary>
public static class DebianChromium
{
    /// <summary>The Debian package's launcher.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Headless, and quiet on the network: without the background-networking, component-update and
    /// sync switches Chromium reaches for Google's servers at every start, which a closed network
    /// refuses. <c>--no-sandbox</c> because the tests may run as root.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>
    /// Launches the browser. Playwright gives it a fresh profile (<c>--user-data-dir</c>) in a new
    /// temporary folder and deletes the folder when the browser closes; Playwright refuses a
    /// <c>--user-data-dir</c> among the arguments of a launch that is to have several isolated
    /// contexts, so the profile is the one thing not passed here.
    /// </summary>
    /// <exception cref="InvalidOperationException">Chromium is not installed.</exception>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        EnsureInstalled();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Args = Arguments,
            Headless = true,
            Timeout = 60_000,
        });
    }

    /// <summary>Fails, rather than skips, a browser test on a machine without Chromium.</summary>
    public static void EnsureInstalled() => EnsureInstalled(ExecutablePath);

    internal static void EnsureInstalled(string executablePath)
    {
        if (!File.Exists(executablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {executablePath}, and it is not installed. " +
                "Run ./test.sh, which installs it, or install it yourself: sudo apt-get install -y chromium. " +
                "Do not run 'playwright install': these tests never use a downloaded browser.");
        }
    }
}
