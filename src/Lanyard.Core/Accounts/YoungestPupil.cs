using System.Globalization;

namespace Lanyard.Core.Accounts;

/// <summary>The youngest pupil with access to an account and how that age was found, for messages.</summary>
/// <param name="Age">The age in whole years.</param>
/// <param name="Basis">How it was found, e.g. "in Year 7", "by date of birth", "as recorded".</param>
internal readonly record struct YoungestPupil(int Age, string Basis)
{
    /// <summary>
    /// The youngest of every source given: the recorded age, the year groups and the roster's
    /// dates of birth. Taking the lowest is the safe reading, because the platform's terms must
    /// allow every pupil with access. Null when no source is given.
    /// </summary>
    public static YoungestPupil? Of(PupilAccess access, AccountContext context)
    {
        var candidates = new List<YoungestPupil>();
        if (access.YoungestAge is { } recorded)
        {
            candidates.Add(new YoungestPupil(recorded, "as recorded"));
        }

        if (access.YearGroups.Count > 0)
        {
            var year = access.YearGroups[0];
            var name = year == 0 ? "in Reception" : string.Create(CultureInfo.InvariantCulture, $"in Year {year}");
            candidates.Add(new YoungestPupil(PupilAges.YoungestInYearGroup(year), name));
        }

        if (context.PupilDatesOfBirth.Count > 0)
        {
            candidates.Add(new YoungestPupil(context.PupilDatesOfBirth.Min(d => PupilAges.On(d, context.Today)), "by date of birth"));
        }

        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Age);
    }
}
