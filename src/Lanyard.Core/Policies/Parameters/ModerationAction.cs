namespace Lanyard.Core.Policies.Parameters;

/// <summary>An action on an offensive comment on a school page.</summary>
public enum ModerationAction
{
    /// <summary>Block the user. Written <c>block</c>.</summary>
    Block,

    /// <summary>Report the user or comment. Written <c>report</c>.</summary>
    Report,

    /// <summary>Delete the comment or post. Written <c>delete</c>.</summary>
    Delete,

    /// <summary>Hide it pending moderation. Written <c>hide</c>.</summary>
    Hide,
}
