namespace Lanyard.Core.Checking.Links;

/// <summary>
/// Reports links to categorised sites: one detection per link whose host (or host and path) is in
/// a web-category list, with category <c>link.&lt;name&gt;</c> (e.g. <c>link.gambling</c>,
/// <c>link.shortener</c>) over the link as written. Links to uncategorised sites produce nothing.
/// </summary>
public sealed class LinkDetector : ITextDetector
{
    // One scratch list per thread: a detector is shared across requests, and a post's links are
    // consumed before Detect returns, so reusing it keeps a post without listed links allocation-free.
    [ThreadStatic]
    private static List<LinkSpan>? _scratchLinks;

    private readonly WebCategoryDatabase _database;

    /// <summary>A detector over the embedded UT1 lists and Lanyard's shortener list.</summary>
    public LinkDetector()
        : this(WebCategoryDatabase.Default)
    {
    }

    /// <summary>A detector over the given lists.</summary>
    public LinkDetector(WebCategoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public string Name => "links";

    /// <summary>Every link in <paramref name="text"/>, categorised or not, in text order.</summary>
    public static IReadOnlyList<Link> Extract(string text) => LinkExtractor.Extract(text);

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        // Most posts have no dot at all; skip the list allocation for them.
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return;
        }

        var links = _scratchLinks ??= [];
        links.Clear();
        LinkScanner.Scan(text, links);
        foreach (var link in links)
        {
            var match = _database.Find(
                text.AsSpan(link.HostStart, link.HostLength),
                text.AsSpan(link.PathStart, link.PathLength));
            if (match is not null)
            {
                detections.Add(new Detection(FindingCategory.LinkPrefix + match.Category, link.Start, link.Length, Describe(match)));
            }
        }
    }

    private static string Describe(WebCategoryMatch match) => match.Category switch
    {
        WebCategoryNames.Shortener => $"Link through a URL shortener ({match.MatchedEntry}): the destination is unknown",
        WebCategoryNames.Malware => $"Link to a site listed as delivering malware ({match.MatchedEntry})",
        WebCategoryNames.Phishing => $"Link to a site listed as phishing ({match.MatchedEntry})",
        WebCategoryNames.DangerousMaterial => $"Link to a site listed as dangerous material ({match.MatchedEntry})",
        _ => $"Link to a site listed as {match.Category} ({match.MatchedEntry})",
    };
}
