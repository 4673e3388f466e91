using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>
/// A case as reported: never edited afterwards. Everything that happens to it (assessment, steps,
/// outcome, corrections) is a <see cref="CaseEntry"/> appended after it; its stage is read from them.
/// </summary>
public sealed record CaseRecord
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The school the case belongs to (for a trust, the academy concerned).</summary>
    public required long OrganisationId { get; init; }

    /// <summary>What kind of case this is.</summary>
    public required CaseType Type { get; init; }

    /// <summary>What happened, in the reporter's words.</summary>
    public required string Summary { get; init; }

    /// <summary>Where: a URL or the platform, when given.</summary>
    public string? Location { get; init; }

    /// <summary>When it happened, when known.</summary>
    public DateTimeOffset? HappenedAt { get; init; }

    /// <summary>When it was reported.</summary>
    public required DateTimeOffset ReportedAt { get; init; }

    /// <summary>The user who reported it.</summary>
    public required long ReportedByUserId { get; init; }

    /// <summary>The reporter as a person in the register.</summary>
    public required long ReportedByPersonId { get; init; }

    /// <summary>The pack the case is judged under.</summary>
    public required string PackId { get; init; }

    /// <summary>That pack's version when the case was reported.</summary>
    public required string PackVersion { get; init; }

    /// <summary>How urgent it was judged at reporting, from the pack's routing.</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>Where the report came from (a post check, a connection check), if not the report form.</summary>
    public CaseSource? Source { get; init; }
}
