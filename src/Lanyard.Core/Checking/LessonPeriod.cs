using System.Globalization;

namespace Lanyard.Core.Checking;

/// <summary>A timetabled lesson period: a weekday and a span of local time.</summary>
/// <param name="Day">The weekday.</param>
/// <param name="Start">Start (inclusive).</param>
/// <param name="End">End (exclusive).</param>
public sealed record LessonPeriod(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the moment falls in this period.</summary>
    public bool Contains(DateTime local) => local.DayOfWeek == Day && TimeOnly.FromDateTime(local) is var t && t >= Start && t < End;

    /// <summary>
    /// Parses a timetable such as <c>Mon-Fri 09:00-10:30,10:45-12:15; Wed 13:15-14:00</c>: day ranges
    /// or single days, then comma-separated periods; groups separated by <c>;</c>.
    /// </summary>
    /// <exception cref="FormatException">The text is not a timetable; the message says which part.</exception>
    public static IReadOnlyList<LessonPeriod> ParseTimetable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var periods = new List<LessonPeriod>();
        foreach (var group in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = group.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"'{group}' needs days then periods, e.g. Mon-Fri 09:00-10:30");
            }

            var days = Days(parts[0]);
            foreach (var span in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var ends = span.Split('-');
                if (ends.Length != 2
                    || !TimeOnly.TryParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    || !TimeOnly.TryParseExact(ends[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                    || end <= start)
                {
                    throw new FormatException($"'{span}' is not a period; write HH:mm-HH:mm with the end after the start");
                }

                periods.AddRange(days.Select(d => new LessonPeriod(d, start, end)));
            }
        }

        return periods;
    }

    private static List<DayOfWeek> Days(string text)
    {
        static DayOfWeek Day(string name) => name.ToLowerInvariant() switch
        {
            "mon" => DayOfWeek.Monday,
            "tue" => DayOfWeek.Tuesday,
            "wed" => DayOfWeek.Wednesday,
            "thu" => DayOfWeek.Thursday,
            "fri" => DayOfWeek.Friday,
            "sat" => DayOfWeek.Saturday,
            "sun" => DayOfWeek.Sunday,
            _ => throw new FormatException($"'{name}' is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun"),
        };

        var range = text.Split('-');
        if (range.Length == 1)
        {
            return [Day(range[0])];
        }

        var (first, last) = (Day(range[0]), Day(range[1]));
        var days = new List<DayOfWeek>();
        for (var d = first; ; d = (DayOfWeek)(((int)d + 1) % 7))
        {
            days.Add(d);
            if (d == last)
            {
                return days;
            }
        }
    }
}
