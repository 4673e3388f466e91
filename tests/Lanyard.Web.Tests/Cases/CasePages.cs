using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests.Cases;

/// <summary>Drives the casework pages as a browser would: forms posted with the page's anti-forgery token.</summary>
internal static partial class CasePages
{
    /// <summary>Posts the report form (multipart, as the page does) and returns the answer's HTML, decoded.</summary>
    public static async Task<string> ReportAsync(HttpClient client, Dictionary<string, string> fields, (string Name, byte[] Bytes)? file = null)
    {
        var page = await client.GetStringAsync(new Uri("/cases/new", UriKind.Relative));
        using var response = await PostMultipartAsync(client, "/cases/new", page, fields, file is { } f ? ("EvidenceFile", f.Name, f.Bytes) : null);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reports a concern that must be accepted, and returns its case id.</summary>
    public static async Task<long> ReportedCaseAsync(HttpClient client, string type, string summary, Dictionary<string, string>? more = null, (string Name, byte[] Bytes)? file = null)
    {
        var fields = new Dictionary<string, string>(more ?? []) { ["Input.Type"] = type, ["Input.Summary"] = summary };
        var html = await ReportAsync(client, fields, file);
        var match = Recorded().Match(html);
        match.Success.ShouldBeTrue($"the report was not recorded: {Alert(html)}");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a step on the case page's form; returns the response (not followed when the client does not redirect).</summary>
    public static async Task<HttpResponseMessage> StepAsync(HttpClient client, long caseId, string step, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new Dictionary<string, string>(fields ?? []) { ["Step.Step"] = step });
        return await client.PostAsync(new Uri($"/cases/{caseId}?handler=step", UriKind.Relative), form);
    }

    /// <summary>Posts the "Correct this entry" form of an entry; returns the response.</summary>
    public static async Task<HttpResponseMessage> CorrectAsync(HttpClient client, long caseId, long entryId, string step, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(new Uri($"/cases/{caseId}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new Dictionary<string, string>(fields ?? []) { ["Step.Step"] = step, ["Step.Corrects"] = entryId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return await client.PostAsync(new Uri($"/cases/{caseId}?handler=correct", UriKind.Relative), form);
    }

    /// <summary>The id of the first timeline entry whose text contains <paramref name="text"/>.</summary>
    public static long EntryWith(string html, string text)
    {
        var entry = html.Split("<li id=\"entry-").Skip(1).FirstOrDefault(e => e.Contains(text, StringComparison.Ordinal));
        entry.ShouldNotBeNull($"no timeline entry contains '{text}'");
        return long.Parse(entry[..entry.IndexOf('"', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A multipart post carrying the page's token, the fields and at most one file.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string path, string page, Dictionary<string, string> fields, (string Field, string Name, byte[] Bytes)? file)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName);
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(bytes, f.Field, f.Name);
        }

        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The error summary's text, for assertion messages.</summary>
    public static string Alert(string html)
    {
        var match = AlertBlock().Match(html);
        return match.Success ? match.Value : "(no error summary)";
    }

    [GeneratedRegex(@"<h1>Case (\d+) is recorded</h1>")]
    private static partial Regex Recorded();

    [GeneratedRegex(@"role=""alert""[\s\S]*?</div>")]
    private static partial Regex AlertBlock();
}
