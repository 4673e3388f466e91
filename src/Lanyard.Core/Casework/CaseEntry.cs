using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>
/// One thing that happened to a case, appended and never changed: a step taken, by whom, in which
/// role, with what details, moving the case from one stage to another (or not), and the clause ids
/// the procedure cites for it. A correction is a new entry pointing at the one it corrects.
/// </summary>
public sealed record CaseEntry
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public long CaseId { get; init; }

    /// <summary>The step.</summary>
    public required CaseStep Step { get; init; }

    /// <summary>The stage before the step.</summary>
    public required CaseStage From { get; init; }

    /// <summary>The stage after the step.</summary>
    public required CaseStage To { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The user who recorded it.</summary>
    public required long ByUserId { get; init; }

    /// <summary>Their name as shown when it was recorded.</summary>
    public required string ByName { get; init; }

    /// <summary>The pack role they acted in, when the step asks for one.</summary>
    public Role? ActingAs { get; init; }

    /// <summary>What they wrote.</summary>
    public string? Note { get; init; }

    /// <summary>Structured details (see <see cref="CaseDetails"/> for the keys), e.g. <c>response=refused</c>.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The clause ids the procedure cites for the step.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];

    /// <summary>The entry this one corrects, if it is a correction.</summary>
    public long? Corrects { get; init; }
}
