namespace Lanyard.Core.Checking;

/// <summary>Who can see a post.</summary>
public enum Audience
{
    /// <summary>A public post or comment.</summary>
    Public,

    /// <summary>A private or direct message.</summary>
    DirectMessage,
}
