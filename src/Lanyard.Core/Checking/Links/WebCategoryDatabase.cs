using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace Lanyard.Core.Checking.Links;

/// <summary>
/// Which category of site a host belongs to, from the UT1 blacklists (CC BY-SA 4.0, Université
/// Toulouse Capitole; see <c>Checking/Links/Categories/README.md</c>) and Lanyard's list of URL
/// shorteners. Immutable once built; <see cref="Default"/> is loaded once from the embedded lists.
/// </summary>
/// <remarks>
/// An entry is a domain (<c>bet365.com</c>: the domain and all its subdomains) or a host and path
/// prefix (<c>roughtube.net/en/</c>: only links under that path). A lookup tries the host, then each
/// parent domain (<c>a.b.bet365.com</c>, <c>b.bet365.com</c>, <c>bet365.com</c>), case-insensitively
/// and ignoring a leading <c>www.</c>; the most specific entry wins. Only whole labels match, so
/// <c>notbet365.com</c> is not <c>bet365.com</c>, and a host that merely starts with a listed domain
/// (<c>bet365.com.evil</c>) is a different site under a different owner and does not match either.
/// </remarks>
public sealed class WebCategoryDatabase
{
    private const string ResourcePrefix = "Lanyard.Links.Categories.";
    private const string ResourceSuffix = ".txt.gz";

    private static readonly Lazy<WebCategoryDatabase> LazyDefault = new(LoadEmbedded);
    private static readonly IdnMapping Idn = new();

    private readonly Dictionary<string, HostEntry> _hosts;
    private readonly Dictionary<string, HostEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WebCategoryDatabase(Dictionary<string, HostEntry> hosts)
    {
        _hosts = hosts;
        _lookup = hosts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded UT1 lists and the shortener list, decompressed on first use.</summary>
    public static WebCategoryDatabase Default => LazyDefault.Value;

    /// <summary>How many distinct hosts have at least one entry.</summary>
    public int HostCount => _hosts.Count;

    /// <summary>
    /// Builds a database from entries and their Lanyard category names (one of <see cref="WebCategoryNames"/>).
    /// An entry is a domain or a host and path prefix, e.g. <c>example.com/casino/</c>.
    /// </summary>
    public static WebCategoryDatabase FromEntries(IEnumerable<(string Entry, string Category)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var hosts = new Dictionary<string, HostEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, category) in entries)
        {
            Add(hosts, entry, CategoryBit(category));
        }

        return new WebCategoryDatabase(hosts);
    }

    /// <summary>The category of <paramref name="link"/>, or null when it is in no list.</summary>
    public WebCategoryMatch? Find(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Find(link.Host, link.Path);
    }

    /// <summary>
    /// The category of a host (<c>a.b.bet365.com</c>) and optional path (<c>/en/videos</c>), or null
    /// when neither it nor a parent domain is in any list.
    /// </summary>
    public WebCategoryMatch? Find(string host, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        return Find(host.AsSpan(), (path ?? string.Empty).AsSpan());
    }

    internal WebCategoryMatch? Find(ReadOnlySpan<char> host, ReadOnlySpan<char> path)
    {
        host = host.TrimEnd('.');
        if (!char.IsAscii(host.IsEmpty ? 'a' : host[0]) || host.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            // Internationalised host: the lists hold the punycode (xn--) form.
            string ascii;
            try
            {
                ascii = Idn.GetAscii(host.ToString().ToLowerInvariant());
            }
            catch (ArgumentException)
            {
                return null;
            }

            return FindAscii(ascii.AsSpan(), path);
        }

        return FindAscii(host, path);
    }

    private WebCategoryMatch? FindAscii(ReadOnlySpan<char> host, ReadOnlySpan<char> path)
    {
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        if (path.IsEmpty || path[0] != '/')
        {
            path = "/";
        }

        var candidate = host;
        while (true)
        {
            var dot = candidate.IndexOf('.');
            if (dot < 0)
            {
                // A bare top-level domain is never an entry: "com" would list the whole of .com.
                return null;
            }

            if (_lookup.TryGetValue(candidate, out var key, out var entry))
            {
                var match = entry.Match(key, path);
                if (match is not null)
                {
                    return match;
                }
            }

            candidate = candidate[(dot + 1)..];
        }
    }

    private static WebCategoryDatabase LoadEmbedded()
    {
        var hosts = new Dictionary<string, HostEntry>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(WebCategoryDatabase).Assembly;
        foreach (var (ut1, lanyard) in WebCategoryNames.FromUt1)
        {
            var bit = CategoryBit(lanyard);
            foreach (var line in ReadResourceLines(assembly, ResourcePrefix + ut1 + ResourceSuffix))
            {
                if (IsTooBroad(line))
                {
                    continue;
                }

                Add(hosts, line, bit);
            }
        }

        var shortener = CategoryBit(WebCategoryNames.Shortener);
        foreach (var domain in UrlShorteners.Domains)
        {
            Add(hosts, domain, shortener);
        }

        return new WebCategoryDatabase(hosts);
    }

    // A few UT1 malware entries are a whole service's redirect or download path (google.com/url,
    // drive.google.com/uc), which would call every Google search result link or shared Drive file
    // malware. They are skipped on load rather than edited out of the copied lists.
    internal static bool IsTooBroad(string entry)
    {
        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var host = entry.AsSpan(0, slash);
        var path = entry.AsSpan(slash).TrimEnd('/');
        return (host.StartsWith("google.", StringComparison.OrdinalIgnoreCase) && path.Equals("/url", StringComparison.OrdinalIgnoreCase))
            || entry.Equals("drive.google.com/uc", StringComparison.OrdinalIgnoreCase)
            || entry.Equals("story.news.yahoo.com/news", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> ReadResourceLines(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The web-category list '{name}' is not embedded in {assembly.GetName().Name}.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                yield return entry;
            }
        }
    }

    private static void Add(Dictionary<string, HostEntry> hosts, string entry, int bit)
    {
        var trimmed = entry.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var host = (slash < 0 ? trimmed : trimmed[..slash]).TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        if (host.Length == 0 || !host.Contains('.', StringComparison.Ordinal))
        {
            return;
        }

        if (!hosts.TryGetValue(host, out var hostEntry))
        {
            hostEntry = new HostEntry();
            hosts.Add(host, hostEntry);
        }

        // "host/" and "host" both mean the whole host.
        if (slash < 0 || slash == trimmed.Length - 1)
        {
            hostEntry.DomainCategories |= bit;
        }
        else
        {
            hostEntry.AddPathPrefix(trimmed[slash..], bit);
        }
    }

    private static int CategoryBit(string category)
    {
        for (var i = 0; i < WebCategoryNames.ByPriority.Count; i++)
        {
            if (string.Equals(WebCategoryNames.ByPriority[i], category, StringComparison.Ordinal))
            {
                return 1 << i;
            }
        }

        throw new ArgumentException($"'{category}' is not a web category; use one of {string.Join(", ", WebCategoryNames.ByPriority)}.", nameof(category));
    }

    internal static string CategoryName(int bits) =>
        WebCategoryNames.ByPriority[System.Numerics.BitOperations.TrailingZeroCount(bits)];

    /// <summary>What the lists say about one host: categories for the whole host, and path prefixes.</summary>
    private sealed class HostEntry
    {
        private List<(string Prefix, int Categories)>? _paths;

        public int DomainCategories { get; set; }

        public void AddPathPrefix(string prefix, int bit)
        {
            _paths ??= [];
            for (var i = 0; i < _paths.Count; i++)
            {
                if (string.Equals(_paths[i].Prefix, prefix, StringComparison.OrdinalIgnoreCase))
                {
                    _paths[i] = (_paths[i].Prefix, _paths[i].Categories | bit);
                    return;
                }
            }

            _paths.Add((prefix, bit));
        }

        public WebCategoryMatch? Match(string host, ReadOnlySpan<char> path)
        {
            if (_paths is not null)
            {
                var best = -1;
                for (var i = 0; i < _paths.Count; i++)
                {
                    if (path.StartsWith(_paths[i].Prefix, StringComparison.OrdinalIgnoreCase)
                        && (best < 0 || _paths[i].Prefix.Length > _paths[best].Prefix.Length))
                    {
                        best = i;
                    }
                }

                if (best >= 0)
                {
                    return new WebCategoryMatch(CategoryName(_paths[best].Categories), string.Concat(host, _paths[best].Prefix));
                }
            }

            return DomainCategories != 0 ? new WebCategoryMatch(CategoryName(DomainCategories), host) : null;
        }
    }
}
