namespace Lanyard.Core.People;

/// <summary>Days a member of staff is away, first and last inclusive.</summary>
/// <param name="PersonId">The member of staff.</param>
/// <param name="FirstDay">First day away.</param>
/// <param name="LastDay">Last day away.</param>
public sealed record Absence(long PersonId, DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>Whether the person is away on the given day.</summary>
    public bool Covers(DateOnly day) => FirstDay <= day && day <= LastDay;
}
