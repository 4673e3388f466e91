namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Character tests shared by the personal-data scanners. Everything here is ASCII-only on purpose:
/// the formats being matched (UK numbers, postcodes, addresses) are ASCII, and treating any other
/// letter or digit as a word character keeps "٠٧٧٠٠" or "x07700" from becoming half a match.
/// </summary>
internal static class TextScan
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    public static bool IsLower(char c) => (uint)(c - 'a') <= 'z' - 'a';

    public static char ToUpper(char c) => IsLower(c) ? (char)(c - 32) : c;

    /// <summary>A letter, digit or underscore in any script: something a match must not touch.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>True when <paramref name="index"/> is outside the text or not a word character.</summary>
    public static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !IsWordChar(text[index]);

    /// <summary>Spaces a writer puts between groups: ordinary, no-break and narrow no-break spaces.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';

    /// <summary>The index just past the run of ASCII digits starting at <paramref name="start"/>.</summary>
    public static int DigitRunEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The word (ASCII letters only) that ends just before <paramref name="end"/>, skipping spaces and
    /// the punctuation a label carries ("Order no.: ", "Ref# "); empty when there is none nearby.
    /// </summary>
    public static ReadOnlySpan<char> PreviousWord(string text, int end)
    {
        var i = end - 1;
        var skipped = 0;
        while (i >= 0 && skipped < 4 && (IsSpace(text[i]) || text[i] is ':' or '.' or '#' or '-'))
        {
            i--;
            skipped++;
        }

        var wordEnd = i + 1;
        while (i >= 0 && wordEnd - i <= 16 && IsAsciiLetter(text[i]))
        {
            i--;
        }

        return i >= 0 && IsWordChar(text[i]) ? [] : text.AsSpan(i + 1, wordEnd - i - 1);
    }
}
