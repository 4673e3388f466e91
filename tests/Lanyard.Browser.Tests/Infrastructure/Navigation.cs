using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// Waiting for the page a click leads to, without Playwright .NET's WaitForURLAsync and
/// WaitForLoadStateAsync: both check the page's state and then subscribe to the event that would
/// change it, on a different thread from the one delivering events, so an event that arrives in
/// between is lost and the wait times out (microsoft/playwright-dotnet#3364; met here in CI).
/// </summary>
public static class Navigation
{
    /// <summary>
    /// Clicks <paramref name="button"/> and waits until the page the form post leads to has loaded
    /// (a redirect to another page, or the same form again with its errors). The load listener is in
    /// place before the click, so the load cannot come and go unseen.
    /// </summary>
    public static async Task ClickAndWaitForPageAsync(this ILocator button)
    {
        ArgumentNullException.ThrowIfNull(button);
        var page = button.Page;
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await button.ClickAsync();
            await loaded.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserSession.NavigationTimeoutMs));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    /// <summary>
    /// Waits until the page's address ends in <paramref name="pathAndMore"/> (path, query and
    /// fragment as typed, e.g. <c>/account/sign-in?signedOut=true</c>). Asked of the browser again
    /// and again until it holds, so there is no event to miss.
    /// </summary>
    public static Task ExpectAddressAsync(this IPage page, string pathAndMore)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrEmpty(pathAndMore);
        return Expect(page).ToHaveURLAsync(new Regex("^[a-z]+://[^/]+" + Regex.Escape(pathAndMore) + "$", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }
}
