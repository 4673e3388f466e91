namespace Lanyard.Core.Checking.Language;

/// <summary>
/// One step of the lexicon's phrase trie: the words that may come next and the phrase, if any, that
/// ends here. Phrases are matched word by word on the normalised token stream, so each word of a
/// phrase can be disguised on its own ("kiiill y.o.u"). Built once by <see cref="OffensiveLanguageLexicon"/>
/// and never changed after.
/// </summary>
internal sealed class PhraseNode
{
    private readonly Dictionary<string, PhraseNode> _next = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PhraseNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private KeyValuePair<string, PhraseNode>[] _following = [];

    // _following is sorted by word length, then ordinally; _lengthStarts[n] is where words of length n begin.
    private int[] _lengthStarts = [0];

    // Bit n is set when a next word has n characters (bit 63: 63 or more), so most spelt-out
    // candidates ("a", "af", "afu", ...) are rejected without hashing them.
    private ulong _lengths;

    public PhraseNode() => _lookup = _next.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The listed phrase (or allowed phrase) that ends after the word leading here; null if none does.</summary>
    public LexiconEntry? Entry { get; private set; }

    /// <summary>Whether any longer phrase continues from here.</summary>
    public bool HasNext => _following.Length > 0;

    /// <summary>The words of <paramref name="length"/> characters that may come next, with their nodes, in ordinal order (for wildcard matching).</summary>
    public ReadOnlySpan<KeyValuePair<string, PhraseNode>> Following(int length) =>
        length + 1 < _lengthStarts.Length
            ? _following.AsSpan(_lengthStarts[length], _lengthStarts[length + 1] - _lengthStarts[length])
            : [];

    /// <summary>Every word that may come next, with its node.</summary>
    internal IReadOnlyDictionary<string, PhraseNode> AllFollowing => _next;

    /// <summary>The length of the longest word that may come next (0 if none).</summary>
    public int LongestNext => _following.Length == 0 ? 0 : _following[^1].Key.Length;

    /// <summary>The node after <paramref name="word"/>, or null if no phrase continues with it.</summary>
    public PhraseNode? Next(ReadOnlySpan<char> word) =>
        (_lengths & (1ul << Math.Min(word.Length, 63))) != 0 && _lookup.TryGetValue(word, out var node) ? node : null;

    /// <summary>Adds every word of <paramref name="entry"/>'s term below this node; used only while building.</summary>
    internal void Add(LexiconEntry entry)
    {
        var node = this;
        foreach (var word in entry.Term.Split(' '))
        {
            if (!node._next.TryGetValue(word, out var next))
            {
                node._next[word] = next = new PhraseNode();
            }

            node = next;
        }

        node.Entry = entry;
    }

    /// <summary>Fixes the ordered list of next words, here and below; called once the trie is complete.</summary>
    internal void Freeze()
    {
        _following = [.. _next.OrderBy(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal)];
        var longest = LongestNext;
        foreach (var word in _next.Keys)
        {
            _lengths |= 1ul << Math.Min(word.Length, 63);
        }

        _lengthStarts = new int[longest + 2];
        for (var length = 0; length <= longest + 1; length++)
        {
            _lengthStarts[length] = _following.Count(pair => pair.Key.Length < length);
        }

        foreach (var next in _next.Values)
        {
            next.Freeze();
        }
    }
}
