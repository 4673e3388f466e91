namespace Lanyard.Core.People;

/// <summary>Ages in whole years, as UK law counts them.</summary>
public static class Ages
{
    /// <summary>
    /// Completed years between a birth date and a day. Someone born on 29 February reaches each new
    /// age on 1 March in a common year (the day after 28 February), as UK law counts it.
    /// </summary>
    public static int InYears(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        var birthdayThisYear = born.Month == 2 && born.Day == 29 && !DateTime.IsLeapYear(on.Year)
            ? new DateOnly(on.Year, 3, 1)
            : new DateOnly(on.Year, born.Month, born.Day);
        return on < birthdayThisYear ? age - 1 : age;
    }
}
