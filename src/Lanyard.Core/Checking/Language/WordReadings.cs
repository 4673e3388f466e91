namespace Lanyard.Core.Checking.Language;

/// <summary>
/// The other ways to read one normalised word whose characters the normaliser marked as ambiguous:
/// a cut run of repeated letters read as one letter rather than two ("fuuck" as "fuck"), and a
/// leetspeak 1 read as "l" rather than "i" ("ki1l" as "kill"). Up to four ambiguous characters give
/// every mix of readings; more give only "all the other way", so a word costs a bounded number of
/// lookups however it is stretched.
/// </summary>
internal readonly ref struct WordReadings
{
    /// <summary>Longer words are not re-read: no listed word comes close.</summary>
    public const int MaxLength = 64;

    private const int MaxAmbiguousToExpand = 4;
    private const CharFlags Ambiguous = CharFlags.Stretched | CharFlags.OneAsI;

    private readonly ReadOnlySpan<char> _word;
    private readonly ReadOnlySpan<CharFlags> _flags;
    private readonly bool _flipAll;

    /// <summary>The readings of <paramref name="word"/> with its per-character <paramref name="flags"/>.</summary>
    public WordReadings(ReadOnlySpan<char> word, ReadOnlySpan<CharFlags> flags)
    {
        _word = word;
        _flags = flags;
        var ambiguous = 0;
        if (word.Length <= MaxLength)
        {
            foreach (var flag in flags)
            {
                ambiguous += (flag & Ambiguous) != 0 ? 1 : 0;
            }
        }

        _flipAll = ambiguous > MaxAmbiguousToExpand;
        Count = ambiguous == 0 ? 0 : _flipAll ? 1 : (1 << ambiguous) - 1;
    }

    /// <summary>How many readings there are besides the word as written.</summary>
    public int Count { get; }

    /// <summary>Writes reading <paramref name="index"/> (1 to <see cref="Count"/>) into <paramref name="destination"/>, at least <see cref="MaxLength"/> long.</summary>
    public ReadOnlySpan<char> Write(int index, Span<char> destination)
    {
        var length = 0;
        var position = 0;
        for (var k = 0; k < _word.Length; k++)
        {
            var c = _word[k];
            if ((_flags[k] & Ambiguous) != 0)
            {
                var flip = _flipAll || (index & (1 << position)) != 0;
                position++;
                if (flip && (_flags[k] & CharFlags.Stretched) != 0)
                {
                    continue;
                }

                if (flip)
                {
                    c = 'l';
                }
            }

            destination[length++] = c;
        }

        return destination[..length];
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a plausible wildcard spelling ("f*ck", "f**k", "sh*t"): at
    /// least two real letters and no more stars than letters, so "a*b" or "***x" are not read as words.
    /// </summary>
    public static bool IsWildcard(ReadOnlySpan<char> word)
    {
        var stars = word.Count('*');
        return stars > 0 && word.Length - stars >= 2 && stars <= word.Length - stars;
    }

    /// <summary>Whether <paramref name="candidate"/> fits <paramref name="pattern"/>, each <c>*</c> standing for one letter.</summary>
    public static bool MatchesWildcard(ReadOnlySpan<char> pattern, string candidate)
    {
        if (candidate.Length != pattern.Length)
        {
            return false;
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            if (pattern[k] == '*' ? !char.IsAsciiLetter(candidate[k]) : pattern[k] != candidate[k])
            {
                return false;
            }
        }

        return true;
    }
}
