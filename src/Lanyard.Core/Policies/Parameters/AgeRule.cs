namespace Lanyard.Core.Policies.Parameters;

/// <summary>Whether a connection ban lasts for ever or only while the other person is under an age.</summary>
public enum AgeRule
{
    /// <summary>Banned at any age. Written <c>always</c>.</summary>
    Always,

    /// <summary>Banned only while the other person is under the stated age. Written <c>under-age</c>.</summary>
    UnderAge,
}
