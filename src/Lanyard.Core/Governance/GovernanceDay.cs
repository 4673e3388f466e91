namespace Lanyard.Core.Governance;

/// <summary>
/// "Today" for governance: the injected clock's local date, as <see cref="PolicyReviewCalendar.Now"/>
/// and the dashboard count it, so a review due today is due today in the school's own time zone.
/// </summary>
internal static class GovernanceDay
{
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
