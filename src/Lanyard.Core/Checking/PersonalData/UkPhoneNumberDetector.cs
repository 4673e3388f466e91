namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Finds UK phone numbers however they are written (+44, 0044, "+44 (0)", or a trunk 0; groups split
/// by spaces, dashes, dots or brackets) and keeps only those the UK numbering plan allows, with the
/// length their range uses. A single left-to-right scan: each candidate is read once, and a candidate
/// is at most a few dozen characters, so the work is linear in the text.
/// </summary>
/// <remarks>
/// Not phones: digit runs that do not start with 0, +44 or 0044 (order numbers, ISBN-13s, years);
/// numbers whose length is wrong for their range; anything glued to a letter, digit or a bigger number
/// ("x07700…", "12-07700…", "07700900123.5"); dates and times (slash and colon are not separators);
/// amounts after a currency sign; and numbers labelled as something else ("Order", "Ref", "ISBN", "#").
/// </remarks>
public sealed class UkPhoneNumberDetector : ITextDetector
{
    private const int MaxDigits = 15;
    private const int MaxGroups = 8;

    // A number after one of these words is that thing's identifier, not a phone number.
    private static readonly WordSet NonPhoneLabels = new(
    [
        "order", "ref", "reference", "invoice", "isbn", "issn", "ticket", "booking", "account", "acc",
        "sort", "serial", "id", "receipt", "transaction", "case", "policy", "urn", "upn",
    ]);

    /// <inheritdoc />
    public string Name => "personal-data.phone";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);

        var i = 0;
        while (i < text.Length)
        {
            var offset = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }

            var digit = i + offset;
            var start = digit;
            if (start > 0 && text[start - 1] is '+' or '(')
            {
                start--;
            }

            if (TryMatch(text, ref start, out var end))
            {
                detections.Add(new Detection(
                    FindingCategory.Phone, start, end - start, "A UK phone number.", "[phone number removed]"));
                i = end;
            }
            else
            {
                // A phone number never starts inside a digit run, so the next candidate is past it.
                i = TextScan.DigitRunEnd(text, digit);
            }
        }
    }

    /// <summary>
    /// Reads a phone number starting at <paramref name="start"/>; <paramref name="end"/> is just past it.
    /// <paramref name="start"/> moves past an opening bracket the number does not close.
    /// </summary>
    internal static bool TryMatch(string text, ref int start, out int end)
    {
        end = start;

        // Only 0, +44 and (0 can begin a UK number: most digit runs stop here.
        var first = text[start];
        var second = start + 1 < text.Length ? text[start + 1] : '\0';
        if (!(first == '0' || (first == '+' && second == '4') || (first == '(' && second is '0' or '+')) || !HasCleanLeftEdge(text, start))
        {
            return false;
        }

        Span<char> digits = stackalloc char[MaxDigits];
        Span<int> groupDigitEnd = stackalloc int[MaxGroups];
        Span<int> groupTextEnd = stackalloc int[MaxGroups];
        Span<bool> cutAllowed = stackalloc bool[MaxGroups];
        var digitCount = 0;
        var groups = 0;
        var pos = start;
        var international = false;
        var open = false;
        var firstClose = -1;

        if (text[pos] == '+')
        {
            international = true;
            pos++;
        }
        else if (text[pos] == '(')
        {
            open = true;
            pos++;
        }

        while (true)
        {
            var runEnd = TextScan.DigitRunEnd(text, pos);
            var runLength = runEnd - pos;
            var bracketed = open && runEnd < text.Length && text[runEnd] == ')';

            // Too many digits or groups means a longer number; a single-digit group is how ISBNs and
            // versions are written (the only exception is the trunk 0 in "+44 (0)"). Either way this
            // group is not part of a phone number: stop before it if a space allows, else give up.
            var fits = runLength > 0 && groups < MaxGroups && digitCount + runLength <= MaxDigits
                && (runLength > 1 || (text[pos] == '0' && (bracketed || IsAfterCountryCode(digits[..digitCount], international))));
            if (!fits)
            {
                if (groups > 0 && cutAllowed[groups - 1])
                {
                    break;
                }

                return false;
            }

            text.AsSpan(pos, runLength).CopyTo(digits[digitCount..]);
            digitCount += runLength;
            groupDigitEnd[groups] = digitCount;
            groupTextEnd[groups] = runEnd;
            groups++;

            var wasOpen = open;
            var next = ReadSeparator(text, runEnd, ref open, out var onlySpaces);
            if (wasOpen && !open && firstClose < 0)
            {
                firstClose = runEnd;
            }

            if (next < 0)
            {
                cutAllowed[groups - 1] = true;
                break;
            }

            // Stopping before a space-separated group is fine ("07700 900123 2 times"); stopping before
            // a dash or dot group would cut a longer number in half.
            cutAllowed[groups - 1] = onlySpaces;
            pos = next;
        }

        for (var g = groups - 1; g >= 0; g--)
        {
            if (!cutAllowed[g])
            {
                continue;
            }

            var groupEnd = groupTextEnd[g];
            if (!HasCleanRightEdge(text, groupEnd))
            {
                continue;
            }

            if (UkNumberingPlan.IsValidWritten(digits[..groupDigitEnd[g]], international) && !NonPhoneLabels.Contains(TextScan.PreviousWord(text, start)))
            {
                end = groupEnd;
                if (text[start] == '(' && (firstClose < 0 || firstClose >= end))
                {
                    start++;
                }

                return true;
            }
        }

        return false;
    }

    private static bool IsAfterCountryCode(ReadOnlySpan<char> digitsSoFar, bool international) =>
        (international && digitsSoFar.SequenceEqual("44")) || digitsSoFar.SequenceEqual("0044");

    /// <summary>
    /// Skips what may sit between two digit groups: at most one space, one dash or dot, and brackets
    /// around a group. Returns the index of the next group's first digit, or -1 when the number ends.
    /// </summary>
    private static int ReadSeparator(string text, int pos, ref bool open, out bool onlySpaces)
    {
        onlySpaces = true;
        var spaces = 0;
        var marks = 0;
        var localOpen = open;
        var i = pos;
        while (i < text.Length && i - pos < 4)
        {
            var c = text[i];
            if (TextScan.IsSpace(c))
            {
                spaces++;
            }
            else if (c is '-' or '.' or '\u2013')
            {
                marks++;
                onlySpaces = false;
            }
            else if (c == '(' && !localOpen)
            {
                localOpen = true;
                onlySpaces = false;
            }
            else if (c == ')' && localOpen)
            {
                localOpen = false;
                onlySpaces = false;
            }
            else
            {
                break;
            }

            i++;
        }

        if (i == pos || spaces > 1 || marks > 1 || i >= text.Length || !TextScan.IsDigit(text[i]))
        {
            return -1;
        }

        open = localOpen;
        return i;
    }

    private static bool HasCleanLeftEdge(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        if (TextScan.IsWordChar(before) || before is '£' or '$' or '€' or '#' or '+' or '/' or '@')
        {
            return false;
        }

        // "123-07700 900123" or "3.07700…" is a piece of a bigger number.
        if (before is '-' or '.' or ',' or ':' && start >= 2 && TextScan.IsDigit(text[start - 2]))
        {
            return false;
        }

        return true;
    }

    private static bool HasCleanRightEdge(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var after = text[end];
        if (TextScan.IsWordChar(after))
        {
            return false;
        }

        // "07700 900123/4", "0161 496 0000.5": the digits run on into something else.
        return !(after is '/' or '.' or ',' or ':' or '-' && end + 1 < text.Length && TextScan.IsDigit(text[end + 1]));
    }
}
