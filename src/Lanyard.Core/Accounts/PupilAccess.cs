namespace Lanyard.Core.Accounts;

/// <summary>
/// Whether pupils use an account and, if so, which of them: by year group, by the youngest pupil's
/// age, or both. Several pack rules apply only once pupils have access (Testbourne 5b.18–19,
/// Heathcoat sanctioned.08), and the platform's minimum age is checked against the youngest.
/// </summary>
public sealed record PupilAccess
{
    /// <summary>Year groups run from Reception (0) to Year 13.</summary>
    public const int LastYearGroup = 13;

    private PupilAccess(bool pupilsUseIt, IReadOnlyList<int> yearGroups, int? youngestAge, DateOnly? since)
    {
        PupilsUseIt = pupilsUseIt;
        YearGroups = yearGroups;
        YoungestAge = youngestAge;
        Since = since;
    }

    /// <summary>Pupils have no access.</summary>
    public static PupilAccess None { get; } = new(false, [], null, null);

    /// <summary>True when pupils use the account.</summary>
    public bool PupilsUseIt { get; }

    /// <summary>The year groups with access (0 = Reception), ascending; empty when not recorded.</summary>
    public IReadOnlyList<int> YearGroups { get; }

    /// <summary>The youngest pupil's age as recorded by hand, when known.</summary>
    public int? YoungestAge { get; }

    /// <summary>The day pupils first had access, when known (leadership must be told before it).</summary>
    public DateOnly? Since { get; }

    /// <summary>
    /// Pupils use the account. Give the year groups, the youngest pupil's age, or both; with
    /// neither, rules that need the pupils' ages will ask for them.
    /// </summary>
    /// <param name="yearGroups">Year groups with access, 0 (Reception) to 13.</param>
    /// <param name="youngestAge">The youngest pupil's age, 3 to 19.</param>
    /// <param name="since">The day pupils first had access.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year group or the age is out of range.</exception>
    public static PupilAccess Pupils(IEnumerable<int>? yearGroups = null, int? youngestAge = null, DateOnly? since = null)
    {
        var years = (yearGroups ?? []).Distinct().Order().ToList();
        foreach (var year in years)
        {
            if (year is < 0 or > LastYearGroup)
            {
                throw new ArgumentOutOfRangeException(nameof(yearGroups), year, $"Year groups run from 0 (Reception) to {LastYearGroup}.");
            }
        }

        if (youngestAge is < 3 or > 19)
        {
            throw new ArgumentOutOfRangeException(nameof(youngestAge), youngestAge, "A pupil's age is between 3 and 19.");
        }

        return new PupilAccess(true, years, youngestAge, since);
    }
}
