namespace Lanyard.Core.Casework.Letters;

/// <summary>A letter Lanyard can write from a case. Which kinds a school offers follows its pack's parent-post ladder.</summary>
public enum LetterKind
{
    /// <summary>Asking a parent to remove a post. Written <c>removal-request</c>.</summary>
    RemovalRequest,

    /// <summary>Inviting a parent to a meeting about a post. Written <c>meeting-invitation</c>.</summary>
    MeetingInvitation,

    /// <summary>Setting out the school's concerns, with a warning and a removal request. Written <c>written-warning</c>.</summary>
    WrittenWarning,

    /// <summary>Asking a platform or website host to remove content. Written <c>platform-removal-request</c>.</summary>
    PlatformRemovalRequest,
}
