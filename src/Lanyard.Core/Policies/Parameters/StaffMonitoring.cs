namespace Lanyard.Core.Policies.Parameters;

/// <summary>Monitoring of staff communications (§3 row 22).</summary>
public sealed record StaffMonitoring : PackParameter
{
    /// <summary>How monitoring happens.</summary>
    public required MonitoringMode Mode { get; init; }

    /// <summary>Whether notice is given first; false for "without prior notice".</summary>
    public bool? PriorNotice { get; init; }

    /// <summary>What must exist before personal history or email is opened.</summary>
    public AccessGate? AccessGate { get; init; }

    /// <summary>Interception only in exceptional circumstances.</summary>
    public bool? InterceptionExceptionalOnly { get; init; }
}
