namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// The parts of Ofcom's National Telephone Numbering Plan that decide whether a string of digits
/// can be a dialable UK number: which ranges are in use and how long numbers in each range are.
/// Checking length per range is what separates "0161 496 0000" from an order number or a date.
/// </summary>
internal static class UkNumberingPlan
{
    // 01 area codes where some local numbers are one digit shorter (ten digits with the 0), as
    // Ofcom lists them; everywhere else in 01 a number has eleven digits.
    private static readonly HashSet<string> MixedLengthAreaCodes =
    [
        "01204", "01208", "01254", "01276", "01297", "01298", "01363", "01364", "01384", "01386",
        "01404", "01420", "01460", "01461", "01480", "01488", "01524", "01527", "01562", "01566",
        "01606", "01629", "01635", "01647", "01659", "01695", "01726", "01744", "01750", "01768",
        "01827", "01837", "01884", "01900", "01905", "01935", "01946", "01949", "01963", "01995",
    ];

    /// <summary>
    /// True when <paramref name="national"/> (digits only, starting with the trunk 0) is a number
    /// in a range the plan allocates, with the length that range uses.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> national)
    {
        if (national.Length < 8 || national[0] != '0')
        {
            return false;
        }

        var length = national.Length;
        var third = national[2];
        return national[1] switch
        {
            // Geographic. 010 was never allocated.
            '1' => third != '0' && (length == 11 || (length == 10 && IsMixedLengthArea(national))),

            // Geographic, London and the other 02 cities: 020, 023, 024, 028, 029 only.
            '2' => length == 11 && third is '0' or '3' or '4' or '8' or '9',

            // Non-geographic charged like geographic: 030, 033, 034, 037.
            '3' => length == 11 && third is '0' or '3' or '4' or '7',

            // 055 corporate and 056 internet telephony; 0500 freephone closed in 2017.
            '5' => length == 11 && third is '5' or '6',

            // 070 personal numbers, 071-075 and 077-079 mobiles, 076 pagers.
            '7' => length == 11,
            '8' => IsValidEight(national),

            // Premium rate: 090, 091 and 098 (sexual entertainment).
            '9' => length == 11 && third is '0' or '1' or '8',

            // 00 is the international prefix; 04 and 06 are unallocated.
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="digits"/>, as written (with 44 or 0044 in front when dialled from
    /// abroad; <paramref name="international"/> when a '+' preceded them), is a valid UK number.
    /// </summary>
    public static bool IsValidWritten(ReadOnlySpan<char> digits, bool international)
    {
        ReadOnlySpan<char> afterCountry;
        if (international)
        {
            if (!digits.StartsWith("44"))
            {
                return false;
            }

            afterCountry = digits[2..];
        }
        else if (digits.StartsWith("0044"))
        {
            afterCountry = digits[4..];
        }
        else
        {
            return IsValid(digits);
        }

        if (afterCountry.IsEmpty)
        {
            return false;
        }

        // "+44 (0)7700…" and the common mistake "+44 07700…" both carry the trunk 0 already.
        if (afterCountry[0] == '0')
        {
            return IsValid(afterCountry);
        }

        Span<char> national = stackalloc char[afterCountry.Length + 1];
        national[0] = '0';
        afterCountry.CopyTo(national[1..]);
        return IsValid(national);
    }

    private static bool IsMixedLengthArea(ReadOnlySpan<char> national) =>
        national.StartsWith("016977") || MixedLengthAreaCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(national[..5]);

    private static bool IsValidEight(ReadOnlySpan<char> national)
    {
        var length = national.Length;

        // Childline (0800 1111) and NHS Direct (0845 4647) kept their short numbers.
        if (national.SequenceEqual("08001111") || national.SequenceEqual("08454647"))
        {
            return true;
        }

        return national[2] switch
        {
            // 0800 has both ten- and eleven-digit numbers; 0808 only eleven.
            '0' => national[3] switch
            {
                '0' => length is 10 or 11,
                '8' => length == 11,
                _ => false,
            },
            '4' => length == 11 && national[3] is >= '2' and <= '5',
            '7' => length == 11 && national[3] is >= '0' and <= '3',
            _ => false,
        };
    }
}
