namespace Lanyard.Core.Policies.Parameters;

/// <summary>Which family ties lift the ban on staff contact with pupils (§3 row 5).</summary>
public sealed record FamilyExceptionRule : PackParameter
{
    /// <summary>None, any family, or the staff member being the pupil's parent or carer.</summary>
    public required FamilyExceptionMode Mode { get; init; }
}
