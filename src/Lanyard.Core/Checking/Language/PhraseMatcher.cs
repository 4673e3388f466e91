using System.Diagnostics.CodeAnalysis;

namespace Lanyard.Core.Checking.Language;

/// <summary>
/// Finds the longest listed phrase starting at one word of a <see cref="NormalisedText"/>, walking
/// the lexicon's phrase trie (<see cref="PhraseNode"/>) one word at a time. Each phrase word may be
/// read the ways a single word is, so disguises work inside phrases as they do alone:
/// <list type="bullet">
/// <item>as written, which already covers case, accents, look-alikes, leetspeak and invisible
/// characters ("k1ll y0u");</item>
/// <item>its other readings (<see cref="WordReadings"/>): a stretched run cut to one letter, a 1 as
/// "l" ("kiiiill yooou");</item>
/// <item>with <c>*</c> as any one letter ("k*ll you");</item>
/// <item>spelt out: single letters a few characters apart, joined ("k i l l  you", "kill y.o.u",
/// "K I L L   Y O U"). A phrase may not begin or end part-way through a run of evenly spaced
/// letters, so "y o u n g" does not supply a "you".</item>
/// </list>
/// The search is depth-first with a fixed budget of lookups per starting word, so matching stays
/// linear in the text however the letters are arranged.
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>Most original characters between two letters that are read as one spelt-out word.</summary>
    public const int MaxGapBetweenSpeltLetters = 3;

    // Enough for every disguise above on the longest listed phrase, and a hard ceiling on hostile input.
    private const int LookupBudget = 256;

    private readonly OffensiveLanguageLexicon _lexicon;
    private readonly int _longestJoin;

    public PhraseMatcher(OffensiveLanguageLexicon lexicon)
    {
        _lexicon = lexicon;
        _longestJoin = Math.Min(lexicon.LongestPhraseWord, 32);
    }

    /// <summary>
    /// The longest phrase (listed or allowed) starting at word <paramref name="first"/>, if any.
    /// </summary>
    /// <param name="text">The normalised post.</param>
    /// <param name="first">Index of the word to start at.</param>
    /// <param name="asWritten">What the lexicon knows of that word as written (null if nothing), already looked up by the caller.</param>
    /// <param name="end">Index just past the phrase's last word.</param>
    /// <param name="entry">The phrase; its category is null for an allowed phrase.</param>
    public bool TryMatch(NormalisedText text, int first, LexiconWord? asWritten, out int end, [NotNullWhen(true)] out LexiconEntry? entry)
    {
        // Most words of a post open no phrase in any reading: decide that without searching.
        var worthSearching = asWritten?.Phrases is not null
            || (text.TokenFlags[first] & (CharFlags.Stretched | CharFlags.OneAsI | CharFlags.Star)) != 0
            || (IsSingleLetter(text, first) && first + 1 < text.TokenCount && IsSingleLetter(text, first + 1));
        if (!worthSearching)
        {
            end = first;
            entry = null;
            return false;
        }

        var search = new Search(text, first);
        Extend(ref search, null, first, asWritten);
        end = search.BestEnd;
        entry = search.Best;
        return entry is not null;
    }

    /// <summary>Reads every candidate word at <paramref name="token"/> after <paramref name="node"/> (null: the trie root).</summary>
    private void Extend(ref Search search, PhraseNode? node, int token, LexiconWord? asWritten = null)
    {
        var text = search.Text;
        var tokenStart = text.Tokens[token].Start;
        var word = text.Text.Slice(tokenStart, text.Tokens[token].Length);
        var flags = text.TokenFlags[token];

        // As written; at the root the caller has looked it up already.
        Visit(ref search, node is null ? asWritten?.Phrases : Next(ref search, node, word), token + 1, joined: false);

        if ((flags & (CharFlags.Stretched | CharFlags.OneAsI)) != 0)
        {
            var readings = new WordReadings(word, text.Flags.Slice(tokenStart, word.Length));
            Span<char> buffer = stackalloc char[WordReadings.MaxLength];
            for (var index = 1; index <= readings.Count && search.Budget > 0; index++)
            {
                Visit(ref search, Next(ref search, node, readings.Write(index, buffer)), token + 1, joined: false);
            }
        }

        if ((flags & CharFlags.Star) != 0 && WordReadings.IsWildcard(word))
        {
            foreach (var (candidate, next) in (node ?? _lexicon.PhraseRoot).Following(word.Length))
            {
                if (search.Budget-- <= 0)
                {
                    break;
                }

                if (WordReadings.MatchesWildcard(word, candidate))
                {
                    Visit(ref search, next, token + 1, joined: false);
                }
            }
        }

        if (IsSingleLetter(text, token) && !(node is null && CutsRunBefore(text, token)))
        {
            Span<char> letters = stackalloc char[_longestJoin];
            letters[0] = word[0];
            var last = token;
            var longest = Math.Min(letters.Length, (node ?? _lexicon.PhraseRoot).LongestNext);
            for (var length = 2; length <= longest && search.Budget > 0; length++)
            {
                if (last + 1 >= text.TokenCount || !IsSingleLetter(text, last + 1) || Gap(text, last, last + 1) > MaxGapBetweenSpeltLetters)
                {
                    break;
                }

                last++;
                letters[length - 1] = text.Text[text.Tokens[last].Start];
                Visit(ref search, Next(ref search, node, letters[..length]), last + 1, joined: true);
            }
        }
    }

    /// <summary>Records a phrase ending before <paramref name="end"/> if it is the longest so far, and looks for longer ones.</summary>
    private void Visit(ref Search search, PhraseNode? reached, int end, bool joined)
    {
        if (reached is null)
        {
            return;
        }

        if (reached.Entry is { } entry && end > search.BestEnd && !(joined && CutsRunAfter(search.Text, end - 1)))
        {
            search.BestEnd = end;
            search.Best = entry;
        }

        if (reached.HasNext && end < search.Text.TokenCount && search.Budget > 0)
        {
            Extend(ref search, reached, end);
        }
    }

    private PhraseNode? Next(ref Search search, PhraseNode? node, scoped ReadOnlySpan<char> word)
    {
        search.Budget--;
        if (node is not null)
        {
            return node.Next(word);
        }

        // Phrase openers are lexicon words, so the lexicon's cheap first test applies.
        return _lexicon.MightContain(word) ? _lexicon.PhraseRoot.Next(word) : null;
    }

    /// <summary>
    /// Whether a spelt-out word starting at <paramref name="token"/> would begin inside a run of
    /// evenly spaced letters: the letter before is as close as the letter after, with the same kind
    /// of separator ("a w a s t e", but not "a w.a.s.t.e" or "x   k i l l").
    /// </summary>
    private static bool CutsRunBefore(NormalisedText text, int token) =>
        token > 0 && token + 1 < text.TokenCount && IsSingleLetter(text, token - 1)
        && SeparatedAlike(text, token - 1, token, token + 1);

    /// <summary>Whether a spelt-out word ending at <paramref name="token"/> stops inside a run of evenly spaced letters.</summary>
    private static bool CutsRunAfter(NormalisedText text, int token) =>
        token > 0 && token + 1 < text.TokenCount && IsSingleLetter(text, token + 1)
        && SeparatedAlike(text, token + 1, token, token - 1);

    /// <summary>
    /// Whether the separator between <paramref name="outer"/> and <paramref name="edge"/> could be one
    /// inside the spelt word: close enough, no wider than the one between <paramref name="edge"/> and
    /// <paramref name="inner"/>, and whitespace in both or neither.
    /// </summary>
    private static bool SeparatedAlike(NormalisedText text, int outer, int edge, int inner)
    {
        var (left, right) = outer < edge ? (outer, edge) : (edge, outer);
        var (innerLeft, innerRight) = edge < inner ? (edge, inner) : (inner, edge);
        var gap = Gap(text, left, right);
        return gap <= MaxGapBetweenSpeltLetters
            && gap <= Gap(text, innerLeft, innerRight)
            && HasWhitespaceBetween(text, left, right) == HasWhitespaceBetween(text, innerLeft, innerRight);
    }

    private static bool HasWhitespaceBetween(NormalisedText text, int left, int right)
    {
        var (leftStart, leftLength) = text.ToOriginal(text.Tokens[left].Start, text.Tokens[left].Length);
        var (rightStart, _) = text.ToOriginal(text.Tokens[right].Start, 1);
        foreach (var c in text.Original.AsSpan(leftStart + leftLength, rightStart - (leftStart + leftLength)))
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of one real letter (not a digit or symbol standing alone).</summary>
    public static bool IsSingleLetter(NormalisedText text, int token)
    {
        var start = text.Tokens[token].Start;
        return text.Tokens[token].Length == 1 && (text.Flags[start] & CharFlags.Letter) != 0;
    }

    /// <summary>Original characters between two words.</summary>
    public static int Gap(NormalisedText text, int left, int right)
    {
        var (leftStart, leftLength) = text.ToOriginal(text.Tokens[left].Start, text.Tokens[left].Length);
        var (rightStart, _) = text.ToOriginal(text.Tokens[right].Start, 1);
        return rightStart - (leftStart + leftLength);
    }

    /// <summary>The state of one search: the best phrase so far and the lookups left.</summary>
    private ref struct Search(NormalisedText text, int first)
    {
        public readonly NormalisedText Text = text;
        public int BestEnd = first;
        public LexiconEntry? Best;
        public int Budget = LookupBudget;
    }
}
