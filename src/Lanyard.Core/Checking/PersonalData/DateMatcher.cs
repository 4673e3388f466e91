namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Recognises the ways people write a calendar date in British English: 03/03/2015, 3.3.15, 3-3-2015,
/// ISO 2015-03-03, "3rd March 2015", "3 Mar", "3rd of March" and "March 3, 2015". Day-month order is
/// British; a numeric date needs its year (3/3 is as likely a score or a fraction), a written one not.
/// </summary>
internal static class DateMatcher
{
    // Full names map to the month number; abbreviations ("Mar", "Sept") to the month plus 100, so
    // the reader knows a following dot belongs to the month.
    private static readonly WordSet Months = new(BuildMonths());

    /// <summary>
    /// Tries a date whose first digit is at <paramref name="d"/>, or whose month name ends just before it
    /// ("March 3"); <paramref name="start"/> and <paramref name="end"/> bound the whole date.
    /// </summary>
    public static bool TryMatchAt(string text, int d, out int start, out int end)
    {
        start = end = -1;
        // Glued to a word, or the tail of "12/03/04/2015": not the start of a date.
        if ((d > 0 && TextScan.IsWordChar(text[d - 1]))
            || (d >= 2 && text[d - 1] is '/' or '.' or '-' && TextScan.IsDigit(text[d - 2])))
        {
            return false;
        }

        var run = TextScan.DigitRunEnd(text, d);
        var length = run - d;
        if (length == 4 && TryIso(text, d, run, out end))
        {
            start = d;
            return true;
        }

        if (length is < 1 or > 2)
        {
            return false;
        }

        var day = Number(text, d, run);
        if (TryNumeric(text, day, run, out end) || TryDayFirst(text, day, run, out end))
        {
            start = d;
            return true;
        }

        return TryMonthFirst(text, d, day, run, out start, out end);
    }

    private static bool TryIso(string text, int d, int run, out int end)
    {
        end = -1;
        if (run + 5 >= text.Length || text[run] != '-' || text[run + 3] != '-'
            || TextScan.DigitRunEnd(text, run + 1) != run + 3 || TextScan.DigitRunEnd(text, run + 4) != run + 6
            || !TextScan.IsBoundary(text, run + 6))
        {
            return false;
        }

        var year = Number(text, d, run);
        var month = Number(text, run + 1, run + 3);
        var day = Number(text, run + 4, run + 6);
        if (year is < 1900 or > 2100 || !IsDayMonth(day, month))
        {
            return false;
        }

        end = run + 6;
        return true;
    }

    private static bool TryNumeric(string text, int day, int run, out int end)
    {
        end = -1;
        if (run + 1 >= text.Length || text[run] is not ('/' or '.' or '-'))
        {
            return false;
        }

        var separator = text[run];
        var monthEnd = TextScan.DigitRunEnd(text, run + 1);
        if (monthEnd - run - 1 is < 1 or > 2 || monthEnd + 1 >= text.Length || text[monthEnd] != separator)
        {
            return false;
        }

        var yearEnd = TextScan.DigitRunEnd(text, monthEnd + 1);
        if (yearEnd - monthEnd - 1 is not (2 or 4) || !TextScan.IsBoundary(text, yearEnd)
            || (yearEnd + 1 < text.Length && text[yearEnd] == separator && TextScan.IsDigit(text[yearEnd + 1])))
        {
            return false;
        }

        if (!IsDayMonth(day, Number(text, run + 1, monthEnd)))
        {
            return false;
        }

        end = yearEnd;
        return true;
    }

    private static bool TryDayFirst(string text, int day, int run, out int end)
    {
        end = -1;
        if (day is < 1 or > 31)
        {
            return false;
        }

        var i = SkipOrdinalSuffix(text, run);
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        i++;
        if (i + 3 < text.Length && text.AsSpan(i, 3).Equals("of ", StringComparison.OrdinalIgnoreCase))
        {
            i += 3;
        }

        var monthEnd = ReadMonth(text, i, out var month);
        if (monthEnd < 0 || !IsDayMonth(day, month))
        {
            return false;
        }

        end = ReadOptionalYear(text, monthEnd, allowComma: true);
        return true;
    }

    private static bool TryMonthFirst(string text, int d, int day, int run, out int start, out int end)
    {
        start = end = -1;
        if (d < 4 || text[d - 1] != ' ')
        {
            return false;
        }

        var wordStart = d - 1;
        while (wordStart > 0 && d - wordStart < 12 && (TextScan.IsAsciiLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        // "may 5" is a verb and a number: a month written first must be capitalised.
        if (!TextScan.IsUpper(text[wordStart]) || !TextScan.IsBoundary(text, wordStart - 1)
            || ReadMonth(text, wordStart, out var month) != d - 1 || !IsDayMonth(day, month))
        {
            return false;
        }

        var afterDay = SkipOrdinalSuffix(text, run);
        if (!TextScan.IsBoundary(text, afterDay))
        {
            return false;
        }

        start = wordStart;
        end = ReadOptionalYear(text, afterDay, allowComma: true);
        return true;
    }

    /// <summary>Reads a month name (full, three letters, or "Sept", with an optional dot) at <paramref name="i"/>; returns its end or -1.</summary>
    private static int ReadMonth(string text, int i, out int month)
    {
        month = 0;
        var wordEnd = i;
        while (wordEnd < text.Length && wordEnd - i < 10 && TextScan.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (!TextScan.IsBoundary(text, wordEnd))
        {
            return -1;
        }

        var found = Months.Find(text.AsSpan(i, wordEnd - i));
        if (found == 0)
        {
            return -1;
        }

        month = found % 100;
        var end = wordEnd;
        if (found > 100 && end < text.Length && text[end] == '.')
        {
            end++;
        }

        return end;
    }

    private static IEnumerable<KeyValuePair<string, int>> BuildMonths()
    {
        string[] names =
        [
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        ];

        for (var m = 0; m < names.Length; m++)
        {
            yield return KeyValuePair.Create(names[m], m + 1);
            if (names[m].Length > 3)
            {
                yield return KeyValuePair.Create(names[m][..3], m + 101);
            }
        }

        yield return KeyValuePair.Create("sept", 109);
    }

    private static int ReadOptionalYear(string text, int i, bool allowComma)
    {
        var j = i;
        if (allowComma && j < text.Length && text[j] == ',')
        {
            j++;
        }

        if (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var yearEnd = TextScan.DigitRunEnd(text, j);
        if (yearEnd - j == 4 && TextScan.IsBoundary(text, yearEnd) && Number(text, j, yearEnd) is >= 1900 and <= 2100)
        {
            return yearEnd;
        }

        return i;
    }

    private static int SkipOrdinalSuffix(string text, int i)
    {
        if (i + 1 < text.Length && TextScan.IsAsciiLetter(text[i]) && TextScan.IsAsciiLetter(text[i + 1]))
        {
            var suffix = text.AsSpan(i, 2);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                return i + 2;
            }
        }

        return i;
    }

    private static bool IsDayMonth(int day, int month) =>
        month is >= 1 and <= 12 && day >= 1 && day <= (month == 2 ? 29 : month is 4 or 6 or 9 or 11 ? 30 : 31);

    private static int Number(string text, int start, int end)
    {
        var value = 0;
        for (var k = start; k < end && k - start < 6; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return value;
    }
}
