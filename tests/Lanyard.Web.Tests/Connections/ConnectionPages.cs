using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests.Connections;

/// <summary>Drives the connection pages as a browser would: search the register, pick, post the form with its token.</summary>
internal static partial class ConnectionPages
{
    /// <summary>The register id of the only person the connection page's search finds for <paramref name="name"/>.</summary>
    public static async Task<long> FindAsync(HttpClient client, string name)
    {
        var html = await client.GetStringAsync(new Uri("/connections?q=" + Uri.EscapeDataString(name), UriKind.Relative));
        var ids = PersonChoice().Matches(html).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        ids.Count.ShouldBe(1, $"the search for '{name}' should find exactly one person");
        return ids[0];
    }

    /// <summary>Asks the connection page about <paramref name="personId"/>; returns the decoded page.</summary>
    public static async Task<string> AskAsync(HttpClient client, long personId, string action, string platform)
    {
        var page = await client.GetStringAsync(new Uri("/connections", UriKind.Relative));
        using var form = Antiforgery.Form(page, new()
        {
            ["Input.Who"] = personId.ToString(CultureInfo.InvariantCulture),
            ["Input.Action"] = action,
            ["Input.Platform"] = platform,
        });
        using var response = await client.PostAsync(new Uri("/connections", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The recorded check's id on an answer page.</summary>
    public static long CheckId(string html) => long.Parse(RecordedCheck().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("id=\"who-(\\d+)\"")]
    private static partial Regex PersonChoice();

    [GeneratedRegex("recorded as check (\\d+)")]
    private static partial Regex RecordedCheck();
}
