namespace Lanyard.Core.Policies.Parameters;

/// <summary>The point of a procedure a <see cref="CaseGate"/> guards.</summary>
public enum GatePoint
{
    /// <summary>Before the case leaves "reported" (the initial assessment). Written <c>leave-reported</c>.</summary>
    LeaveReported,

    /// <summary>Before any outcome is recorded. Written <c>outcome</c>.</summary>
    Outcome,

    /// <summary>Before an outcome that finds a breach (anything but <c>no-breach</c> or <c>resolved</c>). Written <c>breach-outcome</c>.</summary>
    BreachOutcome,

    /// <summary>Before a reply goes to a journalist. Written <c>reply</c>.</summary>
    Reply,

    /// <summary>Before the case closes. Written <c>close</c>.</summary>
    Close,
}
