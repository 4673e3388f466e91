using System.Globalization;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Year groups as people and MIS exports write them ("Year 7", "Y7", "Yr 7", "7", "Reception", "R"),
/// read as numbers (Reception = 0). Nursery is not a year group of compulsory schooling and is refused.
/// </summary>
internal static class YearGroupText
{
    private static readonly string[] Prefixes = ["year", "yr", "y"];

    /// <summary>One year group; false when the text is not one.</summary>
    public static bool TryParse(string? text, out int yearGroup)
    {
        yearGroup = 0;
        var squashed = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        if (squashed is "r" or "rec" or "reception" or "yearr" or "yearreception")
        {
            return true;
        }

        var prefix = Prefixes.FirstOrDefault(p => squashed.StartsWith(p, StringComparison.Ordinal) && squashed.Length > p.Length && char.IsAsciiDigit(squashed[p.Length]));
        var digits = prefix is null ? squashed : squashed[prefix.Length..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out yearGroup)
            && yearGroup is >= 0 and <= PupilAccess.LastYearGroup;
    }

    /// <summary>
    /// A list typed into a form: year groups separated by commas or semicolons, each a single year or a
    /// range ("7-9", "Year 7 to Year 9"). Null when any part is not a year group, with that part in
    /// <paramref name="bad"/>.
    /// </summary>
    public static IReadOnlyList<int>? TryParseList(string? text, out string? bad)
    {
        bad = null;
        var years = new SortedSet<int>();
        foreach (var part in (text ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            if (ends.Length == 1)
            {
                ends = part.ToLowerInvariant().Split(" to ", StringSplitOptions.TrimEntries);
            }

            if (ends.Length > 2 || !TryParse(ends[0], out var first) || !TryParse(ends[^1], out var last) || last < first)
            {
                bad = part;
                return null;
            }

            for (var year = first; year <= last; year++)
            {
                years.Add(year);
            }
        }

        return [.. years];
    }
}
