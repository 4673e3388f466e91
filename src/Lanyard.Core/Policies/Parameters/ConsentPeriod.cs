namespace Lanyard.Core.Policies.Parameters;

/// <summary>How long a consent record lasts.</summary>
public enum ConsentPeriod
{
    /// <summary>One school year; renewed at the start of each year. Written <c>school-year</c>.</summary>
    SchoolYear,

    /// <summary>One use. Written <c>per-use</c>.</summary>
    PerUse,
}
