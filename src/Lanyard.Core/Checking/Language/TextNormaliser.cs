namespace Lanyard.Core.Checking.Language;

/// <summary>
/// Folds text into a form where disguised words look like their plain spelling, keeping a map
/// back to the original (see <see cref="NormalisedText"/>). One pass, linear in the input:
/// <list type="bullet">
/// <item>case: invariant lower case;</item>
/// <item>accents: canonical decomposition with combining marks dropped ("fück" is "fuck"); a mark
/// widens the original span of the letter it sits on, so any number of marks costs one step each;</item>
/// <item>look-alikes: a curated table of Cyrillic and Greek letters, small capitals and letterlike
/// symbols, plus fullwidth, mathematical (𝐟𝐮𝐜𝐤), circled, squared and regional-indicator letters;</item>
/// <item>invisible characters: zero-width, bidi controls and variation selectors vanish without
/// splitting a word;</item>
/// <item>leetspeak: 0→o 1→i 3→e 4→a 5→s 7→t @→a $→s !→i, only in a word that has at least one
/// real letter (so "2024" and "£5!" stay numbers), and never for a trailing @, $ or !;</item>
/// <item>repeated letters: a run of three or more of one letter is cut to two and the second is
/// flagged, so a matcher can try both the doubled and the single reading ("fuuuuck" is "fuuck"
/// or "fuck"; "assss" is "ass"). Runs of two are left alone: "bass" and "passion" are real words;</item>
/// <item>words: anything else (spaces, punctuation, emoji, controls, lone surrogates) ends a word,
/// and words are joined by one space. An asterisk inside a word is kept as <c>*</c> for a matcher
/// to read as a hidden letter ("f*ck"); leading and trailing asterisks are emphasis and dropped.</item>
/// </list>
/// Words spelt out a letter at a time ("f.u.c.k", "h a t e") come out as single-letter words; the
/// matcher decides when to join them, so the normalised text never glues ordinary words together.
/// </summary>
public static class TextNormaliser
{
    /// <summary>Normalises <paramref name="text"/> into a new <see cref="NormalisedText"/>.</summary>
    /// <param name="text">Any text, including malformed UTF-16.</param>
    /// <returns>The normalised text with its map back to <paramref name="text"/>.</returns>
    public static NormalisedText Normalise(string text)
    {
        var result = new NormalisedText();
        Normalise(text, result);
        return result;
    }

    /// <summary>Normalises <paramref name="text"/> into <paramref name="into"/>, reusing its buffers.</summary>
    /// <param name="text">Any text, including malformed UTF-16.</param>
    /// <param name="into">Cleared and refilled.</param>
    public static void Normalise(string text, NormalisedText into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        into.Reset(text);
        var chars = into.CharBuffer;
        var starts = into.StartBuffer;
        var ends = into.EndBuffer;
        var flags = into.FlagBuffer;
        var length = 0;
        var wordStart = -1;

        // Most words are plain letters with no run of three: those skip the second pass entirely.
        var needsWork = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                // Most of a post: a run of plain ASCII letters, folded without the general switch.
                if (wordStart < 0)
                {
                    if (length > 0)
                    {
                        chars[length] = ' ';
                        starts[length] = i;
                        ends[length] = i;
                        flags[length] = CharFlags.Space;
                        length++;
                    }

                    wordStart = length;
                    needsWork = false;
                }

                do
                {
                    var letter = (char)(c | 0x20);
                    needsWork |= length - wordStart >= 2 && chars[length - 1] == letter && chars[length - 2] == letter;
                    chars[length] = letter;
                    starts[length] = i;
                    ends[length] = i + 1;
                    flags[length] = CharFlags.Letter;
                    length++;
                    i++;
                }
                while (i < text.Length && char.IsAsciiLetter(c = text[i]));

                continue;
            }

            FoldKind kind;
            char first;
            var second = '\0';
            var width = 1;
            if (c < 0x80)
            {
                kind = CharacterFolding.AsciiKind(c);
                first = CharacterFolding.AsciiFolded(c);
            }
            else
            {
                int codePoint = c;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    width = 2;
                }

                kind = CharacterFolding.Fold(codePoint, out first, out second);
            }

            switch (kind)
            {
                case FoldKind.Ignorable:
                    break;
                case FoldKind.Mark:
                    if (wordStart >= 0)
                    {
                        ends[length - 1] = i + width;
                    }

                    break;
                case FoldKind.Separator:
                    if (wordStart >= 0)
                    {
                        length = FinishWord(into, wordStart, length, needsWork);
                        wordStart = -1;
                    }

                    break;
                default:
                    if (wordStart < 0)
                    {
                        if (length > 0)
                        {
                            chars[length] = ' ';
                            starts[length] = i;
                            ends[length] = i;
                            flags[length] = CharFlags.Space;
                            length++;
                        }

                        wordStart = length;
                        needsWork = false;
                    }

                    var flag = kind switch
                    {
                        FoldKind.Letter => CharFlags.Letter,
                        FoldKind.Digit => CharFlags.Digit,
                        FoldKind.Symbol => CharFlags.Symbol,
                        _ => CharFlags.Star,
                    };
                    needsWork |= flag != CharFlags.Letter
                        || (length - wordStart >= 2 && chars[length - 1] == first && chars[length - 2] == first);
                    chars[length] = first;
                    starts[length] = i;
                    ends[length] = i + width;
                    flags[length] = flag;
                    length++;
                    if (second != '\0')
                    {
                        chars[length] = second;
                        starts[length] = i;
                        ends[length] = i + width;
                        flags[length] = flag;
                        length++;
                    }

                    break;
            }

            i += width;
        }

        if (wordStart >= 0)
        {
            length = FinishWord(into, wordStart, length, needsWork);
        }

        into.SetLength(length);
    }

    /// <summary>Closes the word at <paramref name="origin"/>..<paramref name="end"/>; returns the new text length.</summary>
    private static int FinishWord(NormalisedText into, int origin, int end, bool needsWork)
    {
        if (!needsWork)
        {
            into.AddToken(origin, end - origin, CharFlags.Letter);
            return end;
        }

        var chars = into.CharBuffer;
        var starts = into.StartBuffer;
        var ends = into.EndBuffer;
        var flags = into.FlagBuffer;
        var start = origin;

        // Trim punctuation-like symbols: a leading '!' or '*', a trailing '@', '$', '!' or '*'.
        while (start < end && (flags[start] == CharFlags.Star || (flags[start] == CharFlags.Symbol && chars[start] == '!')))
        {
            start++;
        }

        while (end > start && (flags[end - 1] & (CharFlags.Star | CharFlags.Symbol)) != 0)
        {
            end--;
        }

        var hasLetter = flags.AsSpan(start, end - start).Contains(CharFlags.Letter);

        // Compact in place: leetspeak if the word has letters, otherwise keep only digits; cut runs.
        var write = origin;
        var runLength = 0;
        var wordFlags = CharFlags.None;
        for (var read = start; read < end; read++)
        {
            var flag = flags[read];
            var c = chars[read];
            if (hasLetter)
            {
                if (flag is CharFlags.Digit or CharFlags.Symbol)
                {
                    var leet = Leet(c);
                    if (leet != '\0')
                    {
                        flag = c == '1' ? CharFlags.Letter | CharFlags.OneAsI : CharFlags.Letter;
                        c = leet;
                    }
                    else if (flag == CharFlags.Symbol)
                    {
                        continue;
                    }
                }
            }
            else if (flag != CharFlags.Digit)
            {
                continue;
            }

            var sameAsPrevious = write > origin && chars[write - 1] == c && c != '*';
            runLength = sameAsPrevious ? runLength + 1 : 1;
            if (runLength >= 3)
            {
                // Third and later letters of a run fold into the second, which is flagged and
                // widened to cover them.
                flags[write - 1] |= CharFlags.Stretched;
                wordFlags |= CharFlags.Stretched;
                ends[write - 1] = ends[read];
                continue;
            }

            chars[write] = c;
            starts[write] = starts[read];
            ends[write] = ends[read];
            flags[write] = flag;
            wordFlags |= flag;
            write++;
        }

        if (write == origin)
        {
            // Nothing left (a word of punctuation only): drop it and the space before it.
            return into.TokenCount > 0 ? origin - 1 : origin;
        }

        into.AddToken(origin, write - origin, wordFlags);
        return write;
    }

    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        _ => '\0',
    };
}
