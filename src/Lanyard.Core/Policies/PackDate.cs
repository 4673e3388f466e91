using System.Globalization;

namespace Lanyard.Core.Policies;

/// <summary>
/// A date as a policy document states it: to the day (<c>2022-12-19</c>) or only to the month
/// (<c>2021-10</c>, "October 2021"). Month precision is kept rather than invented into a day.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PackDateJsonConverter))]
public readonly record struct PackDate : IComparable<PackDate>
{
    private PackDate(int year, int month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or null when the source gives only a month.</summary>
    public int? Day { get; }

    /// <summary>True when the source gives only a year and month.</summary>
    public bool IsMonthOnly => Day is null;

    /// <summary>A date to the day.</summary>
    public static PackDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>A date to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12 or the year is out of range.</exception>
    public static PackDate OfMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);
        return new PackDate(year, month, null);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM</c>; anything else is rejected.</summary>
    public static bool TryParse(string? text, out PackDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = Of(day);
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && text.Length == 7)
        {
            date = new PackDate(month.Year, month.Month, null);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first day the date can mean: for "October 2021", 1 October 2021. Used for ordering and
    /// as the start of a review cycle.
    /// </summary>
    public DateOnly Earliest => new(Year, Month, Day ?? 1);

    /// <summary>
    /// The last day the date can mean: for a review due "October 2024", 31 October 2024, so a
    /// review is not called overdue while the stated month is still running.
    /// </summary>
    public DateOnly Latest => Day is { } d ? new(Year, Month, d) : new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>The same precision, moved on by whole months.</summary>
    public PackDate AddMonths(int months)
    {
        if (Day is null)
        {
            var moved = new DateOnly(Year, Month, 1).AddMonths(months);
            return new PackDate(moved.Year, moved.Month, null);
        }

        return Of(Earliest.AddMonths(months));
    }

    /// <inheritdoc />
    public int CompareTo(PackDate other) => Earliest.CompareTo(other.Earliest) is var c and not 0
        ? c
        : Nullable.Compare(Day, other.Day);

    /// <summary>Orders by the earliest day each date can mean.</summary>
    public static bool operator <(PackDate left, PackDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by the earliest day each date can mean.</summary>
    public static bool operator >(PackDate left, PackDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by the earliest day each date can mean.</summary>
    public static bool operator <=(PackDate left, PackDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by the earliest day each date can mean.</summary>
    public static bool operator >=(PackDate left, PackDate right) => left.CompareTo(right) >= 0;

    /// <summary><c>yyyy-MM-dd</c> or <c>yyyy-MM</c>, as written in a pack.</summary>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
