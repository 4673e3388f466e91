namespace Lanyard.Core.Policies.Parameters;

/// <summary>How quickly a report must reach its recipients.</summary>
public enum Urgency
{
    /// <summary>At once. Written <c>immediate</c>.</summary>
    Immediate,

    /// <summary>As soon as possible. Written <c>as-soon-as-possible</c>.</summary>
    AsSoonAsPossible,

    /// <summary>In the normal course. Written <c>normal</c>.</summary>
    Normal,
}
