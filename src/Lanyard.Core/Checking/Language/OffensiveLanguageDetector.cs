namespace Lanyard.Core.Checking.Language;

/// <summary>
/// Finds profanity, insults, slurs, threats and sexual terms from an
/// <see cref="OffensiveLanguageLexicon"/> in a draft, however they are disguised (see
/// <see cref="TextNormaliser"/>). Matching is by whole normalised words and word sequences, looked
/// up in hash tables, so it is linear in the text and never flags a word inside another word
/// (Scunthorpe, assessment, Penistone). At each word, in order:
/// <list type="number">
/// <item>a run of four or more single letters a few characters apart ("f u c k", "f.u.c.k") is
/// joined and looked up as one word, whole: "a s s e s s m e n t" is "assessment", never "ass".
/// A leading or trailing "a" or "i" (real one-letter words) may be left out of the join;</item>
/// <item>the longest listed phrase starting here ("i know where you live"); an allowed phrase
/// ("Dick Turpin") is skipped without a detection;</item>
/// <item>the word itself, then its other readings: repeated-letter runs cut to one as well as two,
/// a leetspeak 1 as "l" rather than "i", and "*" as any one letter ("f*ck", "f**k").</item>
/// </list>
/// Each match is one <see cref="Detection"/> over the original span; the message names only the
/// category and the suggestion masks the word ("f***"), so a slur is never echoed back.
/// </summary>
public sealed class OffensiveLanguageDetector : ITextDetector
{
    private const int MaxGapBetweenSpeltLetters = 3;
    private const int MinSpeltLetters = 4;
    private const int MaxAmbiguousToExpand = 4;
    private const int MaxVariantLength = 64;

    [ThreadStatic]
    private static NormalisedText? _buffer;

    private readonly OffensiveLanguageLexicon _lexicon;

    /// <summary>A detector over the shipped lexicon.</summary>
    public OffensiveLanguageDetector()
        : this(OffensiveLanguageLexicon.Default)
    {
    }

    /// <summary>A detector over <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">The words and phrases to find.</param>
    public OffensiveLanguageDetector(OffensiveLanguageLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc />
    public string Name => "language";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);
        if (text.Length == 0)
        {
            return;
        }

        var normalised = _buffer ??= new NormalisedText();
        TextNormaliser.Normalise(text, normalised);
        var tokens = normalised.Tokens;
        var tokenFlags = normalised.TokenFlags;
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (token.Length == 1 && tokenFlags[i] == CharFlags.Letter && TryMatchSpeltRun(normalised, i, detections, out var next))
            {
                i = next;
                continue;
            }

            var word = normalised.Text.Slice(token.Start, token.Length);
            if (_lexicon.MightContain(word) && _lexicon.Words.TryGetValue(word, out var known))
            {
                if (known.PhraseWords > 0 && TryMatchPhrase(normalised, i, known.PhraseWords, detections, out next))
                {
                    i = next;
                    continue;
                }

                if (known.Entry is { Category: not null } entry)
                {
                    Emit(normalised, token.Start, token.End, entry, detections);
                }
            }
            else if ((tokenFlags[i] & (CharFlags.Stretched | CharFlags.OneAsI | CharFlags.Star)) != 0)
            {
                TryMatchVariants(normalised, i, detections);
            }

            i++;
        }
    }

    private bool TryMatchSpeltRun(NormalisedText normalised, int first, List<Detection> detections, out int next)
    {
        next = first;
        var tokens = normalised.Tokens;
        if (!IsSingleLetter(normalised, tokens[first]))
        {
            return false;
        }

        var last = first;
        while (last + 1 < tokens.Length
            && IsSingleLetter(normalised, tokens[last + 1])
            && Gap(normalised, tokens[last], tokens[last + 1]) <= MaxGapBetweenSpeltLetters)
        {
            last++;
        }

        if (last - first + 1 < MinSpeltLetters)
        {
            // Too short to be a disguise; the phrase and word steps still see these letters.
            return false;
        }

        var text = normalised.Text;
        Span<char> joined = stackalloc char[Math.Min(last - first + 1, 64)];
        if (last - first + 1 > joined.Length)
        {
            next = last + 1;
            return true;
        }

        for (var k = first; k <= last; k++)
        {
            joined[k - first] = text[tokens[k].Start];
        }

        // Whole run first, then without a leading or trailing one-letter word ("a f u c k i n g").
        for (var trim = 0; trim < 4; trim++)
        {
            var from = (trim & 1) != 0 ? 1 : 0;
            var to = joined.Length - ((trim & 2) != 0 ? 1 : 0);
            if ((from == 1 && !IsOneLetterWord(joined[0])) || (to < joined.Length && !IsOneLetterWord(joined[^1])) || to - from < MinSpeltLetters)
            {
                continue;
            }

            if (_lexicon.WordEntry(joined[from..to]) is { Category: not null } entry)
            {
                Emit(normalised, tokens[first + from].Start, tokens[first + to - 1].End, entry, detections);
                next = last + 1;
                return true;
            }
        }

        // Spelt-out phrases ("K I L L   Y O U"): wider gaps than the narrowest one in the run are
        // read as word breaks, and the result is looked up as a phrase.
        if (TryMatchSpeltPhrase(normalised, first, last, joined, detections))
        {
            next = last + 1;
            return true;
        }

        // A run that spells nothing listed is ordinary text (initials, "a s s e s s m e n t").
        next = last + 1;
        return true;
    }

    private bool TryMatchSpeltPhrase(NormalisedText normalised, int first, int last, ReadOnlySpan<char> letters, List<Detection> detections)
    {
        var tokens = normalised.Tokens;
        var narrowest = int.MaxValue;
        for (var k = first; k < last; k++)
        {
            narrowest = Math.Min(narrowest, Gap(normalised, tokens[k], tokens[k + 1]));
        }

        Span<char> phrase = stackalloc char[letters.Length * 2];
        var length = 0;
        var words = 1;
        for (var k = first; k <= last; k++)
        {
            if (k > first && Gap(normalised, tokens[k - 1], tokens[k]) > narrowest)
            {
                phrase[length++] = ' ';
                words++;
            }

            phrase[length++] = letters[k - first];
        }

        if (words < 2 || !_lexicon.Phrases.TryGetValue(phrase[..length], out var entry) || entry.Category is null)
        {
            return false;
        }

        Emit(normalised, tokens[first].Start, tokens[last].End, entry, detections);
        return true;
    }

    private bool TryMatchPhrase(NormalisedText normalised, int first, int maxWords, List<Detection> detections, out int next)
    {
        next = first;
        var tokens = normalised.Tokens;
        var text = normalised.Text;
        var start = tokens[first].Start;
        for (var words = Math.Min(maxWords, tokens.Length - first); words >= 2; words--)
        {
            var end = tokens[first + words - 1].End;
            if (_lexicon.Phrases.TryGetValue(text[start..end], out var entry))
            {
                if (entry.Category is not null)
                {
                    Emit(normalised, start, end, entry, detections);
                }

                next = first + words;
                return true;
            }
        }

        return false;
    }

    private void TryMatchVariants(NormalisedText normalised, int index, List<Detection> detections)
    {
        var token = normalised.Tokens[index];
        var word = normalised.Text.Slice(token.Start, token.Length);
        var flags = normalised.Flags.Slice(token.Start, token.Length);

        // Ambiguous characters: a cut run (one letter or two) and a leetspeak 1 ("i" or "l").
        var ambiguous = 0;
        var stars = 0;
        foreach (var flag in flags)
        {
            ambiguous += (flag & (CharFlags.Stretched | CharFlags.OneAsI)) != 0 ? 1 : 0;
            stars += flag == CharFlags.Star ? 1 : 0;
        }

        if (stars > 0)
        {
            TryMatchWildcard(normalised, token, word, stars, detections);
            return;
        }

        if (ambiguous == 0 || word.Length > MaxVariantLength)
        {
            return;
        }

        // Every mix of readings for a few ambiguous characters; for more, only "all as read" (tried
        // already) and "all the other way", so a word costs a bounded number of lookups.
        Span<char> variant = stackalloc char[MaxVariantLength];
        var flipAll = ambiguous > MaxAmbiguousToExpand;
        var combinations = flipAll ? 2 : 1 << ambiguous;
        for (var mask = 1; mask < combinations; mask++)
        {
            var length = 0;
            var position = 0;
            for (var k = 0; k < word.Length; k++)
            {
                var c = word[k];
                if ((flags[k] & (CharFlags.Stretched | CharFlags.OneAsI)) != 0)
                {
                    var flip = flipAll || (mask & (1 << position)) != 0;
                    position++;
                    if (flip && (flags[k] & CharFlags.Stretched) != 0)
                    {
                        continue;
                    }

                    if (flip)
                    {
                        c = 'l';
                    }
                }

                variant[length++] = c;
            }

            if (_lexicon.WordEntry(variant[..length]) is { Category: not null } entry)
            {
                Emit(normalised, token.Start, token.End, entry, detections);
                return;
            }
        }
    }

    private void TryMatchWildcard(NormalisedText normalised, NormalisedToken token, ReadOnlySpan<char> word, int stars, List<Detection> detections)
    {
        // "f*ck", "f**k", "sh*t": at least two real letters and no more stars than letters, so "a*b"
        // or "***x" are not read as words.
        if (word.Length - stars < 2 || stars > word.Length - stars)
        {
            return;
        }

        foreach (var candidate in _lexicon.WordsOfLength(word.Length))
        {
            var matches = true;
            for (var k = 0; k < word.Length && matches; k++)
            {
                matches = word[k] == '*' ? char.IsAsciiLetter(candidate.Term[k]) : word[k] == candidate.Term[k];
            }

            if (matches)
            {
                Emit(normalised, token.Start, token.End, candidate, detections);
                return;
            }
        }

        return;
    }

    private static void Emit(NormalisedText normalised, int start, int end, LexiconEntry entry, List<Detection> detections)
    {
        var (originalStart, originalLength) = normalised.ToOriginal(start, end - start);
        detections.Add(new Detection(
            entry.Category!,
            originalStart,
            originalLength,
            MessageFor(entry.Category!),
            SuggestionFor(entry)));
    }

    private static string MessageFor(string category) => category switch
    {
        FindingCategory.Profanity => "Profanity",
        FindingCategory.Insult => "Insult",
        FindingCategory.IdentityAttack => "Slur or identity-based attack",
        FindingCategory.Threat => "Threat",
        FindingCategory.Sexual => "Sexual content",
        _ => "Offensive language",
    };

    // A masked single word keeps the first letter so the author recognises it ("f***"); a phrase
    // (a threat) has no safe rewrite, only removal, so no suggestion.
    private static string? SuggestionFor(LexiconEntry entry) =>
        entry.Words == 1 && entry.Category != FindingCategory.Threat
            ? string.Create(entry.Term.Length, entry.Term[0], static (span, first) =>
            {
                span.Fill('*');
                span[0] = first;
            })
            : null;

    private static bool IsSingleLetter(NormalisedText normalised, NormalisedToken token) =>
        token.Length == 1 && (normalised.Flags[token.Start] & CharFlags.Letter) != 0;

    private static bool IsOneLetterWord(char c) => c is 'a' or 'i';

    private static int Gap(NormalisedText normalised, NormalisedToken left, NormalisedToken right)
    {
        var (leftStart, leftLength) = normalised.ToOriginal(left.Start, left.Length);
        var (rightStart, _) = normalised.ToOriginal(right.Start, right.Length);
        return rightStart - (leftStart + leftLength);
    }
}
