namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// Recognises UK postcodes by their letter rules (Royal Mail's PAF format), shared by the postcode
/// and street-address detectors. Matching is anchored on the inward code (digit + two letters), which
/// every postcode ends with, and then reads at most four characters back for the outward code.
/// </summary>
internal static class PostcodeMatcher
{
    /// <summary>
    /// Finds the first postcode that starts at or after <paramref name="from"/> and before
    /// <paramref name="limit"/>; returns false when there is none.
    /// </summary>
    public static bool TryFindNext(string text, int from, int limit, out int start, out int end)
    {
        start = end = -1;
        var i = from;
        var stop = Math.Min(text.Length, limit + 9);
        while (i < stop)
        {
            var offset = text.AsSpan(i, stop - i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return false;
            }

            var d = i + offset;
            if (TryMatchAtInward(text, d, out start, out end) && start >= from && start < limit)
            {
                return true;
            }

            i = d + 1;
        }

        return false;
    }

    /// <summary>Tries the inward code starting at the digit <paramref name="d"/> and the outward code before it.</summary>
    public static bool TryMatchAtInward(string text, int d, out int start, out int end)
    {
        start = end = -1;
        if (d + 2 >= text.Length || !TextScan.IsAsciiLetter(text[d + 1]) || !TextScan.IsAsciiLetter(text[d + 2])
            || !TextScan.IsBoundary(text, d + 3) || !IsInwardLetter(text[d + 1]) || !IsInwardLetter(text[d + 2]))
        {
            return false;
        }

        var outwardEnd = d > 0 && text[d - 1] == ' ' ? d - 1 : d;
        var s = outwardEnd;
        while (s > 0 && outwardEnd - s < 5 && (TextScan.IsAsciiLetter(text[s - 1]) || TextScan.IsDigit(text[s - 1])))
        {
            s--;
        }

        if (!TextScan.IsBoundary(text, s - 1))
        {
            return false;
        }

        var outward = text.AsSpan(s, outwardEnd - s);
        var inward = text.AsSpan(d, 3);
        if (!HasConsistentCase(outward, inward) || IsLowerCaseOrdinal(inward))
        {
            return false;
        }

        if (!IsOutward(outward) && !IsGirobank(outward, inward))
        {
            return false;
        }

        start = s;
        end = d + 3;
        return true;
    }

    private static bool IsOutward(ReadOnlySpan<char> outward)
    {
        Span<char> shape = stackalloc char[4];
        if (outward.Length is < 2 or > 4)
        {
            return false;
        }

        for (var k = 0; k < outward.Length; k++)
        {
            shape[k] = TextScan.IsDigit(outward[k]) ? '9' : 'A';
        }

        var first = TextScan.ToUpper(outward[0]);
        if (shape[0] != 'A' || first is 'Q' or 'V' or 'X')
        {
            return false;
        }

        var pattern = shape[..outward.Length];
        if (pattern.SequenceEqual("A9") || pattern.SequenceEqual("A99"))
        {
            return true;
        }

        if (pattern.SequenceEqual("A9A"))
        {
            return "ABCDEFGHJKPSTUW".Contains(TextScan.ToUpper(outward[2]));
        }

        var second = TextScan.ToUpper(outward[1]);
        if (second is 'I' or 'J' or 'Z')
        {
            return false;
        }

        if (pattern.SequenceEqual("AA9") || pattern.SequenceEqual("AA99"))
        {
            return true;
        }

        return pattern.SequenceEqual("AA9A") && "ABEHMNPRVWXY".Contains(TextScan.ToUpper(outward[3]));
    }

    // GIR 0AA (the old Girobank code) breaks every rule and is still valid.
    private static bool IsGirobank(ReadOnlySpan<char> outward, ReadOnlySpan<char> inward) =>
        outward.Equals("GIR", StringComparison.OrdinalIgnoreCase) && inward.Equals("0AA", StringComparison.OrdinalIgnoreCase);

    private static bool IsInwardLetter(char c) => TextScan.ToUpper(c) is not ('C' or 'I' or 'K' or 'M' or 'O' or 'V');

    // "SW1A 1AA" and "sw1a 1aa" are postcodes; "M1 2nd" is a motorway and an ordinal.
    private static bool HasConsistentCase(ReadOnlySpan<char> outward, ReadOnlySpan<char> inward)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in outward)
        {
            upper += TextScan.IsUpper(c) ? 1 : 0;
            lower += TextScan.IsLower(c) ? 1 : 0;
        }

        foreach (var c in inward)
        {
            upper += TextScan.IsUpper(c) ? 1 : 0;
            lower += TextScan.IsLower(c) ? 1 : 0;
        }

        return upper == 0 || lower == 0;
    }

    private static bool IsLowerCaseOrdinal(ReadOnlySpan<char> inward) =>
        inward[1..] is "st" or "nd" or "rd" or "th";
}
