namespace Lanyard.Core.Checking.Language;

/// <summary>
/// Offensive words and phrases by <see cref="FindingCategory"/> (profanity, insult, identity
/// attack, threat, sexual), plus allowed phrases that contain a listed word ("Dick Turpin"). Built
/// from the embedded <c>Lexicon/offensive-en.tsv</c> (derived from LDNOOBW, CC BY 4.0; see the
/// README beside it). Every term is stored in its <see cref="TextNormaliser"/> form, so the text and
/// the list are folded the same way. Immutable once built.
/// </summary>
public sealed class OffensiveLanguageLexicon
{
    /// <summary>Logical name of the embedded lexicon.</summary>
    internal const string ResourceName = "Lanyard.Language.Lexicon.offensive-en.tsv";

    /// <summary>Logical name of the embedded, unchanged LDNOOBW source list.</summary>
    internal const string SourceResourceName = "Lanyard.Language.Lexicon.ldnoobw-en.txt";

    private static readonly Lazy<OffensiveLanguageLexicon> Shipped = new(LoadShipped);

    // A cheap first test before any hashing: (first letter, second letter, length) of every listed
    // word and phrase opening. Most words of a post fail it and cost two array reads.
    private const int LetterBuckets = 27;
    private const int LengthBuckets = 32;

    private readonly Dictionary<string, LexiconEntry> _entries;
    private readonly Dictionary<string, LexiconWord> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry> _phrases = new(StringComparer.Ordinal);
    private readonly bool[] _prefilter = new bool[LetterBuckets * LetterBuckets * LengthBuckets];
    private readonly LexiconEntry[][] _wordsByLength;

    private OffensiveLanguageLexicon(Dictionary<string, LexiconEntry> entries)
    {
        _entries = entries;
        var singles = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var byLength = new Dictionary<int, List<LexiconEntry>>();
        var longest = 0;
        foreach (var entry in entries.Values)
        {
            if (entry.Words > 1)
            {
                _phrases[entry.Term] = entry;
                PhraseRoot.Add(entry);
                foreach (var word in entry.Term.Split(' '))
                {
                    LongestPhraseWord = Math.Max(LongestPhraseWord, word.Length);
                }
            }
            else
            {
                singles[entry.Term] = entry;
                if (entry.Category is not null)
                {
                    if (!byLength.TryGetValue(entry.Term.Length, out var list))
                    {
                        byLength[entry.Term.Length] = list = [];
                    }

                    list.Add(entry);
                    longest = Math.Max(longest, entry.Term.Length);
                }
            }
        }

        PhraseRoot.Freeze();
        var openers = new Dictionary<string, PhraseNode>(StringComparer.Ordinal);
        foreach (var (word, node) in PhraseRoot.AllFollowing)
        {
            openers[word] = node;
        }

        foreach (var word in singles.Keys.Union(openers.Keys))
        {
            _words[word] = new LexiconWord(singles.GetValueOrDefault(word), openers.GetValueOrDefault(word));
            _prefilter[PrefilterIndex(word)] = true;
        }

        _wordsByLength = new LexiconEntry[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            // Sorted so that a wildcard matching two words picks the same one every run.
            _wordsByLength[length] = byLength.TryGetValue(length, out var list)
                ? [.. list.OrderBy(e => e.Term, StringComparer.Ordinal)]
                : [];
        }

        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with Lanyard, parsed once.</summary>
    public static OffensiveLanguageLexicon Default => Shipped.Value;

    /// <summary>The number of distinct normalised terms, allowed phrases included.</summary>
    public int Count => _entries.Count;

    /// <summary>Single words, including words that only open a phrase.</summary>
    internal Dictionary<string, LexiconWord>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    /// <summary>Phrases of two or more words, keyed by their words joined with single spaces.</summary>
    internal Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> Phrases { get; }

    /// <summary>The phrase trie: its next words are the words that open a phrase.</summary>
    internal PhraseNode PhraseRoot { get; } = new();

    /// <summary>The length of the longest word in any phrase, which bounds a spelt-out phrase word ("y.o.u").</summary>
    internal int LongestPhraseWord { get; }

    /// <summary>
    /// Parses a lexicon in the shipped format: one <c>term&lt;TAB&gt;category[&lt;TAB&gt;note]</c> per
    /// line, <c>#</c> comments and blank lines ignored. Categories are <c>profanity</c>, <c>insult</c>,
    /// <c>identity-attack</c>, <c>threat</c>, <c>sexual</c>, <c>allow</c> (never flagged) and
    /// <c>none</c> (kept on record, never matched).
    /// </summary>
    /// <param name="tsv">The lexicon text.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="FormatException">A line has no category, an unknown category, a term that
    /// normalises to nothing, or a term listed twice with different categories.</exception>
    public static OffensiveLanguageLexicon Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in tsv.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw new FormatException($"Lexicon line {lineNumber}: expected term<TAB>category.");
            }

            var category = fields[1] switch
            {
                "profanity" => FindingCategory.Profanity,
                "insult" => FindingCategory.Insult,
                "identity-attack" => FindingCategory.IdentityAttack,
                "threat" => FindingCategory.Threat,
                "sexual" => FindingCategory.Sexual,
                "allow" or "none" => null,
                _ => throw new FormatException($"Lexicon line {lineNumber}: unknown category '{fields[1]}'."),
            };
            if (fields[1] == "none")
            {
                continue;
            }

            var normalised = TextNormaliser.Normalise(fields[0]);
            if (normalised.TokenCount == 0)
            {
                throw new FormatException($"Lexicon line {lineNumber}: the term normalises to nothing.");
            }

            var term = normalised.ToString();
            if (entries.TryGetValue(term, out var existing) && existing.Category != category)
            {
                throw new FormatException($"Lexicon line {lineNumber}: '{term}' is already listed as {existing.Category ?? "allow"}.");
            }

            entries[term] = new LexiconEntry(term, category, normalised.TokenCount);
        }

        return new OffensiveLanguageLexicon(entries);
    }

    /// <summary>
    /// The category of a whole word or phrase, after normalising it (so "F U C K" is not a listed
    /// phrase, but "Fück" is the word "fuck"); null if it is not listed or is an allowed phrase.
    /// </summary>
    /// <param name="phrase">A word or phrase.</param>
    /// <returns>A <see cref="FindingCategory"/> value, or null.</returns>
    public string? CategoryOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _entries.GetValueOrDefault(TextNormaliser.Normalise(phrase).ToString())?.Category;
    }

    /// <summary>Single listed words of exactly <paramref name="length"/> characters, for wildcard matching.</summary>
    internal ReadOnlySpan<LexiconEntry> WordsOfLength(int length) =>
        length < _wordsByLength.Length ? _wordsByLength[length] : [];

    /// <summary>False when <paramref name="word"/> is certainly not a listed word or phrase opening.</summary>
    internal bool MightContain(ReadOnlySpan<char> word) => _prefilter[PrefilterIndex(word)];

    /// <summary>The single listed word <paramref name="word"/>, if it is one.</summary>
    internal LexiconEntry? WordEntry(ReadOnlySpan<char> word) =>
        MightContain(word) && Words.TryGetValue(word, out var found) ? found.Entry : null;

    internal static string ReadResource(string name)
    {
        using var stream = typeof(OffensiveLanguageLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{name}' is missing: Lanyard.Core.csproj must embed Checking/Language/Lexicon/*.tsv and *.txt.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int PrefilterIndex(ReadOnlySpan<char> word)
    {
        var first = word.Length > 0 ? Bucket(word[0]) : LetterBuckets - 1;
        var second = word.Length > 1 ? Bucket(word[1]) : LetterBuckets - 1;
        return (((first * LetterBuckets) + second) * LengthBuckets) + Math.Min(word.Length, LengthBuckets - 1);
    }

    private static int Bucket(char c) => char.IsAsciiLetterLower(c) ? c - 'a' : LetterBuckets - 1;

    private static OffensiveLanguageLexicon LoadShipped() => Parse(ReadResource(ResourceName));
}
