using System.Globalization;

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
/// transformation, so changing it means retraining. One pass, no allocation, no regular expression;
/// an ASCII character costs one table read.
/// </remarks>
internal static class ClassifierText
{
    // What each ASCII character becomes: a separator, a joiner, a marker for '@' or '&', or (from
    // '0' up) the lower-case letter or digit itself. ASCII is nearly every character of a post.
    private const char Separator = '\0';
    private const char Joiner = '\u0001';
    private const char At = '\u0002';
    private const char Ampersand = '\u0003';
    private static readonly char[] AsciiFolds = BuildAsciiFolds();

    /// <summary>The longest output <see cref="Normalise"/> can write for a text of this length.</summary>
    public static int MaxLength(int textLength) => textLength + 2;

    /// <summary>Writes the normalised form of <paramref name="text"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Normalise(ReadOnlySpan<char> text, Span<char> destination)
    {
        var sink = new SpanSink(destination);
        Normalise(text, ref sink);
        return sink.Written;
    }

    /// <summary>
    /// Hands the normalised form of <paramref name="text"/> to <paramref name="sink"/> one character
    /// at a time, so the feature hasher can consume it without a buffer in between. The opening space
    /// is implied; every word, the last included, is followed by one space.
    /// </summary>
    public static void Normalise<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : INormalisedSink, allows ref struct
    {
        var folds = AsciiFolds;
        var last = ' ';
        var runLength = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var folded = c < 0x80 ? folds[c] : FoldOther(c);
            if (folded > Ampersand)
            {
                if ((folded is 'h' or 'w' || c == 'R') && MayOpenFurniture(text, i) && SkipFurniture(text, i) is var url && url > 0)
                {
                    i += url;
                    Break(ref sink, ref last, ref runLength);
                    continue;
                }

                i++;
                runLength = folded == last ? runLength + 1 : 1;
                if (runLength <= 2)
                {
                    sink.Letter(folded);
                    last = folded;
                }

                continue;
            }

            if (folded == Joiner)
            {
                // Apostrophes join ("don't" is one word); combining marks and zero-width or bidi
                // controls are invisible and must not split a word an evader has padded with them.
                i++;
                continue;
            }

            var skipped = folded == At && MayOpenFurniture(text, i) ? SkipFurniture(text, i)
                : folded == Ampersand ? EntityLength(text, i)
                : 0;
            i += Math.Max(skipped, 1);
            Break(ref sink, ref last, ref runLength);
        }

        Break(ref sink, ref last, ref runLength);
    }

    private static char FoldOther(char c) =>
        char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c)
        : c == '\u2019' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? Joiner
        : Separator;

    /// <summary>Whether a URL, @mention or "RT" could start at <paramref name="i"/>: the cheap test before <see cref="SkipFurniture"/>.</summary>
    private static bool MayOpenFurniture(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var opens = c == '@'
            || ((c | 0x20) == 'h' && (next | 0x20) == 't')
            || ((c | 0x20) == 'w' && (next | 0x20) == 'w')
            || (c == 'R' && next == 'T');
        return opens && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
    }

    private static char[] BuildAsciiFolds()
    {
        var folds = new char[0x80];
        for (var c = 0; c < folds.Length; c++)
        {
            folds[c] = (char)c switch
            {
                '@' => At,
                '&' => Ampersand,
                '\'' => Joiner,
                var letter when char.IsAsciiLetterOrDigit(letter) => char.ToLowerInvariant(letter),
                _ => Separator,
            };
        }

        return folds;
    }

    private static void Break<TSink>(ref TSink sink, ref char last, ref int runLength)
        where TSink : INormalisedSink, allows ref struct
    {
        runLength = 0;
        if (last != ' ')
        {
            sink.Space();
            last = ' ';
        }
    }

    /// <summary>The length of a URL, @mention or "RT" starting at <paramref name="start"/>, or 0.</summary>
    private static int SkipFurniture(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
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

    /// <summary>Writes the normalised text into a span, opening space included.</summary>
    private ref struct SpanSink : INormalisedSink
    {
        private readonly Span<char> _destination;

        public SpanSink(Span<char> destination)
        {
            _destination = destination;
            _destination[0] = ' ';
            Written = 1;
        }

        public int Written { get; private set; }

        public void Letter(char c) => _destination[Written++] = c;

        public void Space() => _destination[Written++] = ' ';
    }
}
