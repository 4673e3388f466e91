namespace Lanyard.Core.Checking.Links;

/// <summary>
/// Finds the links in a draft: with or without a scheme (<c>https://…</c>, <c>www.…</c>, a bare
/// <c>bet365.com</c> or <c>example.co.uk/path</c>), internationalised or punycode hosts, trailing
/// punctuation left out. An email address is not a link (the email detector reports it).
/// </summary>
/// <remarks>
/// A bare word with dots counts as a link only when its last label is a top-level domain (any
/// two-letter country code, or a listed generic one), so "e.g." or "report.docx" are not links.
/// Zero-width and direction-override characters end a link, as spaces do. The scan is linear in the
/// length of the text and uses no regular expression.
/// </remarks>
public static class LinkExtractor
{
    /// <summary>Every link in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<Link> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<LinkSpan>();
        LinkScanner.Scan(text, spans);
        var links = new List<Link>(spans.Count);
        foreach (var span in spans)
        {
            links.Add(new Link(
                span.Start,
                span.Length,
                text.Substring(span.Start, span.Length),
                text.Substring(span.HostStart, span.HostLength).ToLowerInvariant(),
                text.Substring(span.PathStart, span.PathLength),
                span.HasScheme));
        }

        return links;
    }
}
