using System.Globalization;
using System.Text;

namespace Lanyard.Core.Checking.Pupils;

/// <summary>
/// Finds roster pupils named in a text: case-, accent- and possessive-insensitive and word-bounded;
/// a first (or preferred) name followed by the surname or its initial is a full name ("Jack R"
/// identifies a pupil as surely as "Jack Reid"). A first name alone counts only when capitalised,
/// so the words "will", "may" and "grace" in a sentence are not pupils. One pass over the text, one
/// dictionary lookup per word.
/// </summary>
public sealed class PupilNameDetector
{
    private readonly Dictionary<string, List<(Pupil Pupil, string[] More, string[] Last)>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Pupil Pupil, string[] More, string[] Last)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Indexes the roster.</summary>
    public PupilNameDetector(IEnumerable<Pupil> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        foreach (var pupil in roster)
        {
            var last = Tokens(pupil.LastName);
            foreach (var first in new[] { pupil.FirstName, pupil.PreferredName }.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var tokens = Tokens(first!);
                if (tokens.Length == 0 || last.Length == 0)
                {
                    continue;
                }

                if (!_byFirstToken.TryGetValue(tokens[0], out var list))
                {
                    _byFirstToken[tokens[0]] = list = [];
                }

                list.Add((pupil, tokens[1..], last));
            }
        }

        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every mention, in text order; overlapping mentions are not reported twice.</summary>
    public IReadOnlyList<PupilMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var mentions = new List<PupilMention>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length > buffer.Length || !_lookup.TryGetValue(Normalise(text.AsSpan(word.Start, word.Length), buffer), out var entries))
            {
                continue;
            }

            var full = new List<Pupil>();
            var fullEnd = 0;
            var firstOnly = new List<Pupil>();
            foreach (var (pupil, more, last) in entries)
            {
                if (!Matches(text, words, i + 1, more))
                {
                    continue;
                }

                var afterFirst = i + 1 + more.Length;
                if (Matches(text, words, afterFirst, last))
                {
                    full.Add(pupil);
                    fullEnd = Math.Max(fullEnd, afterFirst + last.Length - 1);
                }
                else if (afterFirst < words.Count && IsInitialOf(text, words[afterFirst], last[0]))
                {
                    full.Add(pupil);
                    fullEnd = Math.Max(fullEnd, afterFirst);
                }
                else if (char.IsUpper(text[word.Start]))
                {
                    firstOnly.Add(pupil);
                }
            }

            if (full.Count > 0)
            {
                var end = words[fullEnd];
                mentions.Add(new PupilMention(word.Start, end.Start + end.Length - word.Start, full, FullName: true));
                i = fullEnd;
            }
            else if (firstOnly.Count > 0)
            {
                var last = words[i + entries.Where(e => firstOnly.Contains(e.Pupil)).Max(e => e.More.Length)];
                mentions.Add(new PupilMention(word.Start, last.Start + last.Length - word.Start, firstOnly, FullName: false));
            }
        }

        return mentions;
    }

    private bool Matches(string text, List<(int Start, int Length)> words, int from, string[] tokens)
    {
        if (from + tokens.Length > words.Count)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        for (var k = 0; k < tokens.Length; k++)
        {
            var word = words[from + k];
            if (word.Length > buffer.Length || !Normalise(text.AsSpan(word.Start, word.Length), buffer).SequenceEqual(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"R" or "R." right after a first name, matching the surname's initial.</summary>
    private static bool IsInitialOf(string text, (int Start, int Length) word, string surnameToken) =>
        word.Length == 1 && char.IsUpper(text[word.Start]) && char.ToLowerInvariant(text[word.Start]) == surnameToken[0];

    /// <summary>Words: runs of letters, with apostrophes and hyphens inside a word kept (O'Brien, Mary-Jane).</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i])
                || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower case, accents dropped, possessive 's removed, into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^2];
        }

        var length = 0;
        foreach (var c in word)
        {
            if (IsMark(c))
            {
                continue;
            }

            buffer[length++] = Fold(c);
        }

        return buffer[..length];
    }

    /// <summary>One character without its accent, lower-cased: é → e, Ø → o.</summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]) switch
        {
            'ø' => 'o',
            'ł' => 'l',
            'æ' => 'a',
            '’' => '\'',
            var other => other,
        };
    }

    private static string[] Tokens(string name)
    {
        var buffer = new char[64];
        return [.. Words(name).Where(w => w.Length <= buffer.Length).Select(w => new string(Normalise(name.AsSpan(w.Start, w.Length), buffer)))];
    }
}
