namespace Lanyard.Core.Policies.Parameters;

/// <summary>How staff communications are monitored (§3 row 22).</summary>
public enum MonitoringMode
{
    /// <summary>Use may be monitored. Written <c>may-be-monitored</c>.</summary>
    MayBeMonitored,

    /// <summary>Continuous monitoring. Written <c>continuous</c>.</summary>
    Continuous,

    /// <summary>Only when a breach is reasonably suspected. Written <c>on-suspicion</c>.</summary>
    OnSuspicion,
}
