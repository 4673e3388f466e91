namespace Lanyard.Core.Casework;

/// <summary>
/// One piece of evidence on a case, never altered once recorded. A file is stored by its SHA-256
/// (content-addressed), so the hash printed in an evidence pack proves the bytes are the ones
/// captured. Evidence marked as an indecent image of a child carries no file at all: only where the
/// physical item is locked away and who holds the key.
/// </summary>
public sealed record EvidenceItem
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public required long CaseId { get; init; }

    /// <summary>Screenshot, URL, message, document or physical.</summary>
    public required EvidenceKind Kind { get; init; }

    /// <summary>Where it was found.</summary>
    public string? Url { get; init; }

    /// <summary>When it was captured (the time on the screen print).</summary>
    public DateTimeOffset? CapturedAt { get; init; }

    /// <summary>Who captured it, in their own words (a member of staff, a parent).</summary>
    public required string CapturedBy { get; init; }

    /// <summary>How it was captured (e.g. "phone screenshot", "printed from browser").</summary>
    public string? HowCaptured { get; init; }

    /// <summary>What it shows.</summary>
    public required string Description { get; init; }

    /// <summary>SHA-256 of the stored file, lower-case hex; null when no file is stored.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The stored file's size in bytes.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>The file name as uploaded.</summary>
    public string? FileName { get; init; }

    /// <summary>The file's media type as uploaded.</summary>
    public string? ContentType { get; init; }

    /// <summary>Marked as including indecent images of children: no file is ever stored.</summary>
    public bool IndecentImageOfChild { get; init; }

    /// <summary>For physical evidence: where it is locked away.</summary>
    public string? StorageLocation { get; init; }

    /// <summary>For physical evidence: who holds the key.</summary>
    public string? KeyHolder { get; init; }

    /// <summary>When it was recorded in Lanyard.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The user who recorded it.</summary>
    public required long RecordedByUserId { get; init; }
}
