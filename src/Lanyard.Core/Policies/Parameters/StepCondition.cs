namespace Lanyard.Core.Policies.Parameters;

/// <summary>When an escalation step becomes available.</summary>
public enum StepCondition
{
    /// <summary>It is the first step. Written <c>first</c>.</summary>
    First,

    /// <summary>Always available. Written <c>always</c>.</summary>
    Always,

    /// <summary>After an earlier step left the matter unresolved. Written <c>unresolved</c>.</summary>
    Unresolved,

    /// <summary>After the person refused. Written <c>refused</c>.</summary>
    Refused,

    /// <summary>After the person refused and carried on. Written <c>refused-and-continuing</c>.</summary>
    RefusedAndContinuing,

    /// <summary>When the complaint behind the post is reasonable. Written <c>reasonable-complaint</c>.</summary>
    ReasonableComplaint,

    /// <summary>When the school judges it required. Written <c>if-required</c>.</summary>
    IfRequired,
}
