using Microsoft.Playwright;

namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>Moving through a page the way a keyboard user does.</summary>
public static class Keyboard
{
    /// <summary>
    /// Presses Tab until <paramref name="target"/> has focus and returns how many presses that took.
    /// Throws, listing where focus went, if it is not reached in <paramref name="maxPresses"/>.
    /// </summary>
    public static async Task<int> TabToAsync(this IPage page, ILocator target, int maxPresses = 60)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        var visited = new List<string>();
        for (var presses = 1; presses <= maxPresses; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return presses;
            }

            visited.Add(await page.EvaluateAsync<string>(DescribeFocus));
        }

        throw new InvalidOperationException(
            $"Tab did not reach {target} in {maxPresses} presses; focus went to: {string.Join(" → ", visited)}");
    }

    /// <summary>A short description of the focused element, e.g. <c>a "Packs"</c> or <c>input#name</c>.</summary>
    public static Task<string> FocusedElementAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>(DescribeFocus);
    }

    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return "(page)";
          const id = e.id ? "#" + e.id : "";
          const text = (e.innerText || e.getAttribute("aria-label") || "").trim().slice(0, 40);
          return e.tagName.toLowerCase() + id + (text ? ` "${text}"` : "");
        }
        """;
}
