namespace Lanyard.Core.Checking.Language;

/// <summary>
/// Finds profanity, insults, slurs, threats and sexual terms from an
/// <see cref="OffensiveLanguageLexicon"/> in a draft, however they are disguised (see
/// <see cref="TextNormaliser"/>). Matching is by whole normalised words and word sequences, looked
/// up in hash tables, so it is linear in the text and never flags a word inside another word
/// (Scunthorpe, assessment, Penistone). At each word, in order:
/// <list type="number">
/// <item>the longest listed phrase starting here, each of its words read with the same disguises
/// as a single word, spelt-out words included ("kiiill y.o.u", "K I L L   Y O U"; see
/// <see cref="PhraseMatcher"/>); an allowed phrase ("Dick Turpin") is skipped without a detection;</item>
/// <item>a run of four or more single letters a few characters apart ("f u c k", "f.u.c.k") is
/// joined and looked up as one word, whole: "a s s e s s m e n t" is "assessment", never "ass".
/// A leading or trailing "a" or "i" (real one-letter words) may be left out of the join;</item>
/// <item>the word itself, then its other readings: repeated-letter runs cut to one as well as two,
/// a leetspeak 1 as "l" rather than "i", and "*" as any one letter ("f*ck", "f**k").</item>
/// </list>
/// Each match is one <see cref="Detection"/> over the original span; the message names only the
/// category and the suggestion masks the word ("f***"), so a slur is never echoed back.
/// </summary>
public sealed class OffensiveLanguageDetector : ITextDetector
{
    private const int MinSpeltLetters = 4;

    [ThreadStatic]
    private static NormalisedText? _buffer;

    private readonly OffensiveLanguageLexicon _lexicon;
    private readonly PhraseMatcher _phrases;

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
        _phrases = new PhraseMatcher(lexicon);
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
            var known = Lookup(normalised, i);
            if (_phrases.TryMatch(normalised, i, known, out var next, out var phrase))
            {
                if (phrase.Category is not null)
                {
                    Emit(normalised, token.Start, tokens[next - 1].End, phrase, detections);
                }

                i = next;
                continue;
            }

            if (token.Length == 1 && tokenFlags[i] == CharFlags.Letter && TryMatchSpeltRun(normalised, i, detections, out next))
            {
                i = next;
                continue;
            }

            if (known is not null)
            {
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

    /// <summary>What the lexicon knows of word <paramref name="index"/> as written, or null.</summary>
    private LexiconWord? Lookup(NormalisedText normalised, int index)
    {
        var token = normalised.Tokens[index];
        var word = normalised.Text.Slice(token.Start, token.Length);
        return _lexicon.MightContain(word) && _lexicon.Words.TryGetValue(word, out var known) ? known : null;
    }

    private bool TryMatchSpeltRun(NormalisedText normalised, int first, List<Detection> detections, out int next)
    {
        next = first;
        var tokens = normalised.Tokens;
        if (!PhraseMatcher.IsSingleLetter(normalised, first))
        {
            return false;
        }

        var last = first;
        while (last + 1 < tokens.Length
            && PhraseMatcher.IsSingleLetter(normalised, last + 1)
            && PhraseMatcher.Gap(normalised, last, last + 1) <= PhraseMatcher.MaxGapBetweenSpeltLetters)
        {
            last++;
        }

        if (last - first + 1 < MinSpeltLetters)
        {
            // Too short to be a disguise; the word steps still see these letters.
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

        // A phrase spelt out after a real one-letter word ("what a w.a.s.t.e of space"); phrases
        // from the first letter ("K I L L   Y O U") were looked for before this.
        if (IsOneLetterWord(joined[0]) && _phrases.TryMatch(normalised, first + 1, Lookup(normalised, first + 1), out var end, out var phrase))
        {
            if (phrase.Category is not null)
            {
                Emit(normalised, tokens[first + 1].Start, tokens[end - 1].End, phrase, detections);
            }

            next = end;
            return true;
        }

        // Words spelt out with wider gaps between them ("f u c k   y o u"), each on its own; a run
        // that spells nothing listed is ordinary text (initials, "a s s e s s m e n t").
        TryMatchSpeltWords(normalised, first, last, joined, detections);
        next = last + 1;
        return true;
    }

    /// <summary>Splits a run of single letters at its wider gaps and looks up each part of four letters or more as a word.</summary>
    private void TryMatchSpeltWords(NormalisedText normalised, int first, int last, ReadOnlySpan<char> letters, List<Detection> detections)
    {
        var narrowest = int.MaxValue;
        for (var k = first; k < last; k++)
        {
            narrowest = Math.Min(narrowest, PhraseMatcher.Gap(normalised, k, k + 1));
        }

        var tokens = normalised.Tokens;
        var start = first;
        for (var k = first; k <= last; k++)
        {
            if (k < last && PhraseMatcher.Gap(normalised, k, k + 1) <= narrowest)
            {
                continue;
            }

            // The whole run was looked up already.
            var part = letters[(start - first)..(k - first + 1)];
            if (part.Length >= MinSpeltLetters && part.Length < letters.Length
                && _lexicon.WordEntry(part) is { Category: not null } entry)
            {
                Emit(normalised, tokens[start].Start, tokens[k].End, entry, detections);
            }

            start = k + 1;
        }
    }

    private void TryMatchVariants(NormalisedText normalised, int index, List<Detection> detections)
    {
        var token = normalised.Tokens[index];
        var word = normalised.Text.Slice(token.Start, token.Length);
        if (word.Contains('*'))
        {
            TryMatchWildcard(normalised, token, word, detections);
            return;
        }

        var readings = new WordReadings(word, normalised.Flags.Slice(token.Start, token.Length));
        Span<char> variant = stackalloc char[WordReadings.MaxLength];
        for (var reading = 1; reading <= readings.Count; reading++)
        {
            if (_lexicon.WordEntry(readings.Write(reading, variant)) is { Category: not null } entry)
            {
                Emit(normalised, token.Start, token.End, entry, detections);
                return;
            }
        }
    }

    private void TryMatchWildcard(NormalisedText normalised, NormalisedToken token, ReadOnlySpan<char> word, List<Detection> detections)
    {
        if (!WordReadings.IsWildcard(word))
        {
            return;
        }

        foreach (var candidate in _lexicon.WordsOfLength(word.Length))
        {
            if (WordReadings.MatchesWildcard(word, candidate.Term))
            {
                Emit(normalised, token.Start, token.End, candidate, detections);
                return;
            }
        }
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

    private static bool IsOneLetterWord(char c) => c is 'a' or 'i';
}
