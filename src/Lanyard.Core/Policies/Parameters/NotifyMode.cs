namespace Lanyard.Core.Policies.Parameters;

/// <summary>Whether every recipient of a report must be told, or any one of them suffices.</summary>
public enum NotifyMode
{
    /// <summary>Every recipient is notified. Written <c>all</c>.</summary>
    All,

    /// <summary>Any one recipient suffices. Written <c>any-one</c>.</summary>
    AnyOne,
}
