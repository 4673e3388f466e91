namespace Lanyard.Core.Audit;

/// <summary>What was done to a record.</summary>
public enum AuditAction
{
    /// <summary>Created. Written <c>create</c>.</summary>
    Create,

    /// <summary>Changed (for a case: an entry appended). Written <c>change</c>.</summary>
    Change,

    /// <summary>Viewed. Written <c>view</c>.</summary>
    View,

    /// <summary>A file downloaded or an evidence pack printed. Written <c>download</c>.</summary>
    Download,
}
