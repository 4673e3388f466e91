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

    public PhraseNode() => _lookup = _next.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The listed phrase (or allowed phrase) that ends after the word leading here; null if none does.</summary>
    public LexiconEntry? Entry { get; private set; }

    /// <summary>Whether any longer phrase continues from here.</summary>
    public bool HasNext => _following.Length > 0;

    /// <summary>The words that may come next with their nodes, in ordinal order (for wildcard matching).</summary>
    public ReadOnlySpan<KeyValuePair<string, PhraseNode>> Following => _following;

    /// <summary>The node after <paramref name="word"/>, or null if no phrase continues with it.</summary>
    public PhraseNode? Next(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var node) ? node : null;

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
        _following = [.. _next.OrderBy(pair => pair.Key, StringComparer.Ordinal)];
        foreach (var next in _next.Values)
        {
            next.Freeze();
        }
    }
}
