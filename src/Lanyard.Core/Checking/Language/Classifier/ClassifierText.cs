namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// The classifier's own light normalisation: lower case, Twitter furniture removed (URLs, @mentions,
/// a bare "RT", HTML entities such as <c>&amp;amp;</c>), apostrophes joined ("don't" → "dont"),
/// runs of three or more identical letters cut to two ("sooooo" → "soo"), everything else a word
/// break. The output is the words separated by single spaces with a space at each end, so a word's
/// padded character n-grams are simply the window one character either side of it.
/// </summary>
/// <remarks>
/// Deliberately independent of the lexicon's normaliser: the model was trained on exactly this
/// transformation, so changing it means retraining. One pass, no allocation, no regular expression.
/// </remarks>
internal static class ClassifierText
{
    /// <summary>The longest output <see cref="Normalise"/> can write for a text of this length.</summary>
    public static int MaxLength(int textLength) => textLength + 2;

    /// <summary>Writes the normalised form of <paramref name="text"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Normalise(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        destination[written++] = ' ';
        var runLength = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var atTokenStart = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            if (atTokenStart && SkipFurniture(text, i) is var skipped && skipped > 0)
            {
                i += skipped;
                Break(destination, ref written, ref runLength);
                continue;
            }

            if (c == '&' && EntityLength(text, i) is var entity && entity > 0)
            {
                i += entity;
                Break(destination, ref written, ref runLength);
                continue;
            }

            i++;
            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                var last = destination[written - 1];
                runLength = lower == last ? runLength + 1 : 1;
                if (runLength <= 2)
                {
                    destination[written++] = lower;
                }
            }
            else if (c is '\'' or '\u2019' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format)
            {
                // Apostrophes join ("don't" is one word); combining marks and zero-width or bidi
                // controls are invisible and must not split a word an evader has padded with them.
            }
            else
            {
                Break(destination, ref written, ref runLength);
            }
        }

        Break(destination, ref written, ref runLength);
        return written;
    }

    private static void Break(Span<char> destination, ref int written, ref int runLength)
    {
        runLength = 0;
        if (destination[written - 1] != ' ')
        {
            destination[written++] = ' ';
        }
    }

    /// <summary>The length of a URL, @mention or "RT" starting at <paramref name="start"/>, or 0.</summary>
    private static int SkipFurniture(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        if (rest[0] is not ('@' or 'h' or 'H' or 'w' or 'W' or 'R'))
        {
            // Most tokens start with none of these; skip the prefix comparisons for them.
            return 0;
        }

        if (rest[0] == '@' || rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            var end = rest.IndexOfAny(" \t\r\n");
            return end < 0 ? rest.Length : end;
        }

        if (rest.Length >= 2 && rest[0] == 'R' && rest[1] == 'T' && (rest.Length == 2 || !char.IsLetterOrDigit(rest[2])))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>The length of an HTML entity (<c>&amp;amp;</c>, <c>&amp;#128514;</c>) at <paramref name="start"/>, or 0.</summary>
    private static int EntityLength(ReadOnlySpan<char> text, int start)
    {
        const int LongestEntity = 10;
        for (var j = start + 1; j < text.Length && j - start <= LongestEntity; j++)
        {
            var c = text[j];
            if (c == ';')
            {
                return j - start > 1 ? j - start + 1 : 0;
            }

            if (!char.IsAsciiLetterOrDigit(c) && !(c == '#' && j == start + 1))
            {
                return 0;
            }
        }

        return 0;
    }
}
