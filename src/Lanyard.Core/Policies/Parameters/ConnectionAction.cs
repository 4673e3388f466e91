namespace Lanyard.Core.Policies.Parameters;

/// <summary>What a member of staff does on a social platform (§3 row 4).</summary>
public enum ConnectionAction
{
    /// <summary>Follows the other person. Written <c>follow</c>.</summary>
    Follow,

    /// <summary>Accepts a friend or follow request the other person sent. Written <c>accept-request</c>.</summary>
    AcceptRequest,

    /// <summary>Sends a friend or follow request. Written <c>send-request</c>.</summary>
    SendRequest,

    /// <summary>Sends a direct or private message. Written <c>message</c>.</summary>
    Message,

    /// <summary>Any other engagement: likes, comments, replies. Written <c>engage</c>.</summary>
    Engage,

    /// <summary>Any contact at all. Written <c>any-contact</c>.</summary>
    AnyContact,
}
