namespace Lanyard.Core.Connections;

/// <summary>Where a hold request stands (see <see cref="ConnectionHoldRequest"/> for the transitions).</summary>
public enum ConnectionHoldState
{
    /// <summary>Waiting for the role it is addressed to. Written <c>open</c>.</summary>
    Open,

    /// <summary>Decided in the staff member's favour: an exception or advice now lets the connection go ahead. Written <c>granted</c>.</summary>
    Granted,

    /// <summary>Decided against: the connection must not go ahead. Written <c>refused</c>.</summary>
    Refused,
}
