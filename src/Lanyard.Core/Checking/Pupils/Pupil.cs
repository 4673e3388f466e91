namespace Lanyard.Core.Checking.Pupils;

/// <summary>A pupil on the roster, as the post check needs them.</summary>
/// <param name="MisId">The school MIS id.</param>
/// <param name="FirstName">Legal first name.</param>
/// <param name="PreferredName">The name they go by, if different.</param>
/// <param name="LastName">Surname.</param>
/// <param name="YearGroup">Year group, e.g. "Year 2".</param>
public sealed record Pupil(string MisId, string FirstName, string? PreferredName, string LastName, string? YearGroup = null)
{
    /// <summary>"First Last", with the preferred name when there is one.</summary>
    public string DisplayName => $"{PreferredName ?? FirstName} {LastName}";
}
