using System.Globalization;

namespace Lanyard.Core.Time;

/// <summary>
/// UK clock time, as a school writes and reads a chronology: Greenwich Mean Time in winter and
/// British Summer Time (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October. Records keep instants; this is only how they are shown and typed.
/// </summary>
/// <remarks>
/// The zone is built from that rule (the UK's since 1996), not from the machine's time-zone data: a
/// school's server may have none, and a record that may go to the police must read the same on
/// every machine. Earlier years are read by the same rule.
/// </remarks>
public static class UkTime
{
    private static readonly TimeSpan SummerOffset = TimeSpan.FromHours(1);

    /// <summary>Whether British Summer Time is in force at <paramref name="instant"/>.</summary>
    public static bool IsSummerTime(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc >= ChangeUtc(utc.Year, 3) && utc < ChangeUtc(utc.Year, 10);
    }

    /// <summary>The UK's offset from UTC at <paramref name="instant"/>: +00:00 (GMT) or +01:00 (BST).</summary>
    public static TimeSpan OffsetAt(DateTimeOffset instant) => IsSummerTime(instant) ? SummerOffset : TimeSpan.Zero;

    /// <summary>The clock the UK shows at <paramref name="instant"/>.</summary>
    public static UkZone ZoneAt(DateTimeOffset instant) => IsSummerTime(instant) ? UkZone.Bst : UkZone.Gmt;

    /// <summary>The same instant with the UK's offset, so its date and time are the UK's.</summary>
    public static DateTimeOffset ToUk(DateTimeOffset instant) => instant.ToOffset(OffsetAt(instant));

    /// <summary>The label a UK reader expects beside a time: "BST" or "GMT".</summary>
    public static string Label(UkZone zone) => zone == UkZone.Bst ? "BST" : "GMT";

    /// <summary>The label for the clock shown at <paramref name="instant"/>: "BST" or "GMT".</summary>
    public static string Label(DateTimeOffset instant) => Label(ZoneAt(instant));

    /// <summary>
    /// The instant written in UK time with its label, e.g. <c>Format(at, "d MMMM yyyy, HH:mm")</c> →
    /// "1 July 2026, 10:15 BST". The pattern is a .NET date pattern applied to the UK date and time.
    /// </summary>
    public static string Format(DateTimeOffset instant, string pattern) =>
        ToUk(instant).ToString(pattern, CultureInfo.InvariantCulture) + " " + Label(instant);

    /// <summary>ISO 8601 with the UK offset, for machines: "2026-07-01T10:15:00+01:00".</summary>
    public static string Iso(DateTimeOffset instant) => ToUk(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The UK calendar date at <paramref name="instant"/>: the day starts at UK midnight, not UTC's.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToUk(instant).DateTime);

    /// <summary>Today in the UK, by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>
    /// Reads a time typed on the UK clock (a form's datetime-local field; its kind is ignored) as an
    /// instant. A time in the hour skipped in March is refused, naming the gap. A time in the hour
    /// repeated in October is refused unless <paramref name="chosen"/> says which clock it was read on;
    /// for every other time there is one reading and <paramref name="chosen"/> is not needed.
    /// </summary>
    public static UkTimeReading Read(DateTime wallClock, UkZone? chosen = null)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var asGmt = new DateTimeOffset(local, TimeSpan.Zero);
        var asBst = new DateTimeOffset(local, SummerOffset);
        var gmtFits = !IsSummerTime(asGmt);
        var bstFits = IsSummerTime(asBst);
        if (gmtFits && bstFits)
        {
            return chosen switch
            {
                UkZone.Gmt => UkTimeReading.Read(local, asGmt),
                UkZone.Bst => UkTimeReading.Read(local, asBst),
                _ => UkTimeReading.Refused(local, UkTimeProblem.Ambiguous, Twice(local, asBst, asGmt)),
            };
        }

        if (gmtFits)
        {
            return UkTimeReading.Read(local, asGmt);
        }

        if (bstFits)
        {
            return UkTimeReading.Read(local, asBst);
        }

        return UkTimeReading.Refused(local, UkTimeProblem.Gap, Never(local));
    }

    private static string Never(DateTime local) =>
        $"There was no {Clock(local)} in the UK on {Day(local)}: at 01:00 GMT the clocks went forward an hour to 02:00 BST. "
        + "Check the time (01:00 to 01:59 that morning does not exist).";

    private static string Twice(DateTime local, DateTimeOffset first, DateTimeOffset second) =>
        $"{Clock(local)} on {Day(local)} happened twice in the UK: the clocks went back an hour at 02:00 BST. "
        + $"Say which: {Clock(local)} BST (the first, {Clock(first.UtcDateTime)} UTC) or {Clock(local)} GMT (the second, {Clock(second.UtcDateTime)} UTC).";

    private static string Clock(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateTime time) => time.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>01:00 UTC on the last Sunday of <paramref name="month"/>: when the UK's clocks change.</summary>
    private static DateTime ChangeUtc(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
