namespace Lanyard.Core.Policies.Parameters;

/// <summary>What name may accompany a pupil photo (§3 row 10).</summary>
public enum NameWithPhotoPolicy
{
    /// <summary>A name needs approval. Written <c>approval-required</c>.</summary>
    ApprovalRequired,

    /// <summary>No name at all, not even a first name. Written <c>no-name</c>.</summary>
    NoName,

    /// <summary>First name only, and only with consent. Written <c>first-name-only</c>.</summary>
    FirstNameOnly,
}
