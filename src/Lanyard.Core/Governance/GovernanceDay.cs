using Lanyard.Core.Time;

namespace Lanyard.Core.Governance;

/// <summary>
/// "Today" for governance: the UK date by the injected clock (<see cref="UkTime.Today"/>), as
/// <see cref="PolicyReviewCalendar.Now"/> and the dashboard count it, so a review due today is due
/// today on the school's own clock whatever the server's time zone.
/// </summary>
internal static class GovernanceDay
{
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return UkTime.Today(clock);
    }

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
