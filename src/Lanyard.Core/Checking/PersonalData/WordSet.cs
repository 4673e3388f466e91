using System.Collections.Frozen;

namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// A fixed set of ASCII words looked up case-insensitively from a span, without allocating: the
/// scanners ask "is the word before this number a label?" at every digit run, so it has to be cheap.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Each word maps to the value given; <see cref="Find"/> returns 0 for anything else.</summary>
    public WordSet(IEnumerable<KeyValuePair<string, int>> words)
    {
        _lookup = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A set where every word maps to 1.</summary>
    public WordSet(IEnumerable<string> words)
        : this(words.Select(w => KeyValuePair.Create(w, 1)))
    {
    }

    /// <summary>The value stored for <paramref name="word"/>, or 0 when it is not in the set.</summary>
    public int Find(ReadOnlySpan<char> word) => !word.IsEmpty && _lookup.TryGetValue(word, out var value) ? value : 0;

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Find(word) != 0;
}
