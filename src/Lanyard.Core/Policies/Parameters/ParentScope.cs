namespace Lanyard.Core.Policies.Parameters;

/// <summary>Which parents a parent-connection rule covers.</summary>
public enum ParentScope
{
    /// <summary>Parents of current pupils. Written <c>current-pupils</c>.</summary>
    CurrentPupils,

    /// <summary>Parents of current pupils and of former pupils still under the stated age. Written <c>current-and-former-pupils-under-age</c>.</summary>
    CurrentAndFormerPupilsUnderAge,
}
