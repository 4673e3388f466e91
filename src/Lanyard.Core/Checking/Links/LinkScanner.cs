using System.Buffers;
using System.Globalization;

namespace Lanyard.Core.Checking.Links;

/// <summary>
/// A hand-written, single-pass link scanner. It jumps from dot to dot (a vectorised search), grows
/// the host around each dot, and only then looks at what is before (a scheme, an <c>@</c>) and
/// after (a port, a path). Each character is looked at a bounded number of times, so the cost is
/// linear in the text whatever it contains.
/// </summary>
internal static class LinkScanner
{
    private const int MaxHostLength = 253;
    private const int MaxLabelLength = 63;

    private static readonly SearchValues<char> AsciiHostChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    // Characters that end a link outright; the rest of the ASCII punctuation can sit inside a path.
    private static readonly SearchValues<char> AsciiPathStops = SearchValues.Create("<>\"`{}|\\^");

    // Punctuation that ends a sentence or wraps a link rather than belonging to it.
    private static readonly SearchValues<char> TrailingPunctuation =
        SearchValues.Create(".,;:!?'\"*_~\u2019\u201D\u00BB\u2026");

    /// <summary>Adds every link in <paramref name="text"/> to <paramref name="links"/>, in text order.</summary>
    public static void Scan(string text, List<LinkSpan> links)
    {
        var n = text.Length;
        var pos = 0;
        while (pos < n)
        {
            var dot = text.AsSpan(pos).IndexOf('.');
            if (dot < 0)
            {
                return;
            }

            dot += pos;
            var runStart = dot;
            while (runStart > pos && IsHostChar(text[runStart - 1]))
            {
                runStart--;
            }

            var runEnd = dot + 1;
            while (runEnd < n && IsHostChar(text[runEnd]))
            {
                runEnd++;
            }

            pos = runEnd;
            if (TryReadLink(text, runStart, runEnd, out var link))
            {
                links.Add(link);
                pos = Math.Max(pos, link.End);
            }
        }
    }

    private static bool TryReadLink(string text, int runStart, int runEnd, out LinkSpan link)
    {
        link = default;

        // An address in an email or a handle is not a link: the email detector reports those.
        if (runEnd < text.Length && text[runEnd] == '@')
        {
            return false;
        }

        var hostStart = runStart;
        var hostEnd = runEnd;
        while (hostStart < hostEnd && text[hostStart] is '.' or '-' or '_')
        {
            hostStart++;
        }

        while (hostEnd > hostStart && text[hostEnd - 1] is '.' or '-' or '_')
        {
            hostEnd--;
        }

        if (hostStart >= hostEnd)
        {
            return false;
        }

        var start = hostStart;
        var hasScheme = false;
        if (hostStart == runStart && hostStart > 0)
        {
            var before = text[hostStart - 1];
            if (before == '@')
            {
                // user@host after a scheme (the old "https://bank.com@evil.example" trick) is a
                // link to the host after the @; without a scheme it is an email.
                if (!TryFindSchemeBeforeUserInfo(text, hostStart - 1, out start))
                {
                    return false;
                }

                hasScheme = true;
            }
            else if (before == '/' && TryFindScheme(text, hostStart, out start))
            {
                hasScheme = true;
            }
        }

        var host = text.AsSpan(hostStart, hostEnd - hostStart);
        var www = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!IsValidHost(host, relaxed: hasScheme || www, allowAddress: hasScheme))
        {
            return false;
        }

        var end = hostEnd;
        var pathStart = hostEnd;
        var pathEnd = hostEnd;
        if (hostEnd == runEnd)
        {
            end = ReadPort(text, hostEnd);
            if (end < text.Length && text[end] is '/' or '?' or '#')
            {
                pathStart = end;
                pathEnd = ReadPath(text, end);
                end = pathEnd;
            }
        }

        link = new LinkSpan(start, end - start, hostStart, hostEnd - hostStart, pathStart, pathEnd - pathStart, hasScheme);
        return true;
    }

    // "://" ends at hostStart; the scheme is the letters before it.
    private static bool TryFindScheme(string text, int hostStart, out int schemeStart)
    {
        schemeStart = hostStart;
        if (hostStart < 3 || text[hostStart - 2] != '/' || text[hostStart - 3] != ':')
        {
            return false;
        }

        var colon = hostStart - 3;
        var s = colon;
        while (s > 0 && char.IsAsciiLetter(text[s - 1]) && colon - s < 5)
        {
            s--;
        }

        var scheme = text.AsSpan(s, colon - s);
        if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("ftp", StringComparison.OrdinalIgnoreCase))
        {
            schemeStart = s;
            return true;
        }

        return false;
    }

    // Looks back from the @ over the user-info (no spaces, slashes or another @) for "scheme://".
    // The look-back is bounded, so a long run of user-info characters cannot make it quadratic.
    private static bool TryFindSchemeBeforeUserInfo(string text, int at, out int schemeStart)
    {
        schemeStart = at;
        var limit = Math.Max(0, at - 256);
        for (var i = at - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c == '/')
            {
                return TryFindScheme(text, i + 1, out schemeStart);
            }

            if (c == '@' || IsLinkStop(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsValidHost(ReadOnlySpan<char> host, bool relaxed, bool allowAddress)
    {
        if (host.Length > MaxHostLength)
        {
            return false;
        }

        var labels = 0;
        var allNumeric = true;
        var lastLabel = ReadOnlySpan<char>.Empty;
        var rest = host;
        while (true)
        {
            var dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            allNumeric &= IsAllDigits(label);
            labels++;
            lastLabel = label;
            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        if (labels < 2)
        {
            return false;
        }

        if (allNumeric)
        {
            // A bare "3.14" or "1.2.3.4" is a number or a version; an address needs a scheme.
            return allowAddress && labels == 4 && IsIPv4(host);
        }

        if (lastLabel.ContainsAnyInRange('0', '9') && !lastLabel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (relaxed)
        {
            return lastLabel.Length >= 2 && !lastLabel.Contains('_');
        }

        return TopLevelDomains.EndsBareDomain(lastLabel);
    }

    private static bool IsIPv4(ReadOnlySpan<char> host)
    {
        foreach (var range in host.Split('.'))
        {
            var part = host[range];
            if (part.Length > 3 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadPort(string text, int i)
    {
        if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < text.Length && char.IsAsciiDigit(text[j]) && j - i <= 5)
            {
                j++;
            }

            return j;
        }

        return i;
    }

    // Reads to the end of the path, then gives back trailing punctuation and unbalanced closing
    // brackets: "(see bet365.com/odds)." ends at "odds", but a Wikipedia "Foo_(bar)" keeps its ")".
    private static int ReadPath(string text, int start)
    {
        var end = start;
        var opens = 0;
        var closes = 0;
        while (end < text.Length && !IsLinkStop(text[end]))
        {
            switch (text[end])
            {
                case '(' or '[':
                    opens++;
                    break;
                case ')' or ']':
                    closes++;
                    break;
                default:
                    break;
            }

            end++;
        }

        while (end > start)
        {
            var last = text[end - 1];
            if (TrailingPunctuation.Contains(last))
            {
                end--;
            }
            else if (last is ')' or ']' && closes > opens)
            {
                closes--;
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsHostChar(char c)
    {
        if (char.IsAscii(c))
        {
            return AsciiHostChars.Contains(c);
        }

        // Internationalised hosts: letters, digits and the combining marks some scripts need.
        // Surrogates and format characters (zero-width, direction overrides) end a host.
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsLinkStop(char c)
    {
        if (char.IsAscii(c))
        {
            return c <= ' ' || c == '\u007F' || AsciiPathStops.Contains(c);
        }

        return char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
    }
}
