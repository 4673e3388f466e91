using System.Globalization;

namespace Lanyard.Core.Checking.Pupils;

/// <summary>A school year, named by the calendar year it starts in: 2025 is "2025/26".</summary>
/// <param name="StartYear">The calendar year the school year starts in.</param>
public readonly record struct SchoolYear(int StartYear)
{
    /// <summary>The school year a date falls in, given the day the school's year starts (default 1 September).</summary>
    public static SchoolYear Containing(DateOnly date, int startMonth = 9, int startDay = 1) =>
        new(date >= new DateOnly(date.Year, startMonth, startDay) ? date.Year : date.Year - 1);

    /// <summary>Parses "2025/26", "2025-26" or "2025".</summary>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 4
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start < 1990 || start > 2200)
        {
            return false;
        }

        if (text.Length == 4)
        {
            year = new SchoolYear(start);
            return true;
        }

        var rest = text.AsSpan(4);
        if (rest.Length == 3 && rest[0] is '/' or '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var end) && end == (start + 1) % 100)
        {
            year = new SchoolYear(start);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:D2}");
}
