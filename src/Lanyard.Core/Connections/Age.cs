namespace Lanyard.Core.Connections;

/// <summary>Ages in completed years, worked out on a day the caller passes in (never the clock).</summary>
internal static class Age
{
    /// <summary>
    /// Completed years on <paramref name="on"/>. Compares month and day rather than adding years:
    /// someone born on 29 February is a year older on 1 March in a common year (the reading of
    /// English law), which is also the later, safer day for a ban that ends at 18.
    /// </summary>
    public static int InYears(DateOnly dateOfBirth, DateOnly on)
    {
        var years = on.Year - dateOfBirth.Year;
        if (on.Month < dateOfBirth.Month || (on.Month == dateOfBirth.Month && on.Day < dateOfBirth.Day))
        {
            years--;
        }

        return years;
    }

    /// <summary>Whether <paramref name="on"/> is the day the person became a year older (1 March for a 29 February birthday in a common year).</summary>
    public static bool IsBirthday(DateOnly dateOfBirth, DateOnly on) =>
        on > dateOfBirth && InYears(dateOfBirth, on) > InYears(dateOfBirth, on.AddDays(-1));
}
