namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds email addresses: the practical subset of RFC 5322 people actually type (dot-atom local part,
/// no quoted strings or comments) at a domain of two or more labels whose last label looks like a TLD
/// (letters, at least two, or an <c>xn--</c> IDN label). Driven by each '@', reading at most 64
/// characters back and 253 forward, so it is linear in the text.
/// </summary>
/// <remarks>
/// Not addresses: social handles ("@school"), a bare "name@host" with no dot, a TLD of digits
/// ("a@1.2.3.4"), and trailing sentence punctuation, which is left outside the span.
/// </remarks>
public sealed class EmailAddressDetector : ITextDetector
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    /// <inheritdoc />
    public string Name => "personal-data.email";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        var i = 0;
        while (i < text.Length)
        {
            var offset = text.AsSpan(i).IndexOf('@');
            if (offset < 0)
            {
                return;
            }

            var at = i + offset;
            if (TryMatch(text, at, i, out var start, out var end))
            {
                detections.Add(new Detection(
                    FindingCategory.Email, start, end - start, "An email address.", "[email removed]"));
                i = end;
            }
            else
            {
                i = at + 1;
            }
        }
    }

    /// <summary>Reads the address around the '@' at <paramref name="at"/>, looking no further back than <paramref name="floor"/>.</summary>
    internal static bool TryMatch(string text, int at, int floor, out int start, out int end)
    {
        start = at;
        end = at;

        var s = at;
        while (s > floor && at - s < MaxLocal && IsLocalChar(text[s - 1]))
        {
            s--;
        }

        // Quotes and dots that open a sentence ("'jo@…", "...jo@…") are not part of the address.
        while (s < at && !IsAlphanumeric(text[s]) && text[s] != '_')
        {
            s++;
        }

        if (s == at || text[at - 1] == '.' || text.AsSpan(s, at - s).IndexOf("..", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        // A local part glued to other word characters ("über.jo@…") is not a clean address.
        if (s > 0 && TextScan.IsWordChar(text[s - 1]))
        {
            return false;
        }

        var domainEnd = ReadDomain(text, at + 1);
        if (domainEnd < 0)
        {
            return false;
        }

        start = s;
        end = domainEnd;
        return true;
    }

    /// <summary>Returns the end of a valid domain starting at <paramref name="pos"/>, or -1.</summary>
    private static int ReadDomain(string text, int pos)
    {
        var labels = 0;
        var lastGoodEnd = -1;
        var labelStart = pos;
        var i = pos;
        while (i < text.Length && i - pos <= MaxDomain)
        {
            var c = text[i];
            if (IsAlphanumeric(c) || c == '-')
            {
                i++;
                continue;
            }

            // A dot not followed by another label is the sentence's full stop, not the domain's.
            if (c != '.' || i + 1 >= text.Length || !IsAlphanumeric(text[i + 1]))
            {
                break;
            }

            if (!IsValidLabel(text.AsSpan(labelStart, i - labelStart)))
            {
                break;
            }

            labels++;
            i++;
            labelStart = i;
        }

        var last = text.AsSpan(labelStart, i - labelStart);
        if (labels >= 1 && IsValidLabel(last) && IsTld(last))
        {
            lastGoodEnd = i;
        }

        // A non-ASCII letter straight after the domain means we stopped inside a word.
        if (lastGoodEnd >= 0 && lastGoodEnd < text.Length && TextScan.IsWordChar(text[lastGoodEnd]))
        {
            return -1;
        }

        return lastGoodEnd;
    }

    private static bool IsValidLabel(ReadOnlySpan<char> label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-';

    private static bool IsTld(ReadOnlySpan<char> label)
    {
        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return label.Length > 4;
        }

        if (label.Length is < 2 or > 24)
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!TextScan.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(char c) => TextScan.IsAsciiLetter(c) || TextScan.IsDigit(c);

    private static bool IsLocalChar(char c) =>
        IsAlphanumeric(c) || c is '.' or '_' or '%' or '+' or '-' or '\'' or '!' or '#' or '$' or '&' or '*' or '=' or '?' or '^' or '`' or '{' or '|' or '}' or '~' or '/';
}
