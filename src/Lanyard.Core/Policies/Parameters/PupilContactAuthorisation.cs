using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>Whether pupil contact can be authorised, and by whom (§3 row 6).</summary>
public sealed record PupilContactAuthorisation : PackParameter
{
    /// <summary>The role that authorises; null when the policy does not name one.</summary>
    public Role? AuthoriserRole { get; init; }
}
