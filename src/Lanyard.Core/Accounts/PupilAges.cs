namespace Lanyard.Core.Accounts;

/// <summary>Ages worked out from dates of birth and year groups, against a given day (never the clock).</summary>
public static class PupilAges
{
    /// <summary>
    /// The age reached in England's school year group: Year N's youngest pupil, born on
    /// 31 August, is N + 4 for the whole school year, so Reception (0) is 4 and Year 7 is 11.
    /// Assumes pupils are taught in their chronological year group.
    /// </summary>
    public const int YearGroupToYoungestAge = 4;

    /// <summary>Age in whole years on <paramref name="today"/>; someone born on 29 February turns a year older on 1 March in a common year.</summary>
    /// <exception cref="ArgumentException">The date of birth is after today.</exception>
    public static int On(DateOnly dateOfBirth, DateOnly today)
    {
        if (dateOfBirth > today)
        {
            throw new ArgumentException($"A date of birth ({dateOfBirth:yyyy-MM-dd}) cannot be after today ({today:yyyy-MM-dd}).", nameof(dateOfBirth));
        }

        var age = today.Year - dateOfBirth.Year;
        var birthdayReached = today.Month > dateOfBirth.Month || (today.Month == dateOfBirth.Month && today.Day >= dateOfBirth.Day);
        return birthdayReached ? age : age - 1;
    }

    /// <summary>The youngest age any pupil in the year group can be during the school year.</summary>
    public static int YoungestInYearGroup(int yearGroup)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(yearGroup, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yearGroup, PupilAccess.LastYearGroup);
        return yearGroup + YearGroupToYoungestAge;
    }
}
