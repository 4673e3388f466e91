using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Policies;

/// <summary>
/// A school's social media policy as data: its governance metadata, its typed answers to the
/// questions on which policies disagree, and every clause with a stable id. Created only by
/// <see cref="Loading.PolicyPackLoader"/>, which validates it first.
/// </summary>
public sealed record PolicyPack
{
    /// <summary>The pack file format version; 1.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>The pack id, e.g. <c>st-marys-sefton</c>; every clause id starts with it.</summary>
    public required string Id { get; init; }

    /// <summary>The policy's title.</summary>
    public required string Title { get; init; }

    /// <summary>The organisation and the level the pack attaches to (§3 row 25).</summary>
    public required OrganisationInfo Organisation { get; init; }

    /// <summary>The source document.</summary>
    public required SourceDocument Source { get; init; }

    /// <summary>The policy's version as the document gives it (§3 row 29).</summary>
    public required string Version { get; init; }

    /// <summary>Statutory (true) or discretionary (false); null when not stated.</summary>
    public bool? Statutory { get; init; }

    /// <summary>Who prepared the policy, when stated.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>The role that owns the policy, when stated.</summary>
    public Role? Owner { get; init; }

    /// <summary>Who approved it and when (§3 row 26).</summary>
    public required Approval Approval { get; init; }

    /// <summary>The governors' committee responsible, when stated.</summary>
    public string? ResponsibleCommittee { get; init; }

    /// <summary>Review cycle, dates and triggers (§3 rows 27–28).</summary>
    public required ReviewSchedule Review { get; init; }

    /// <summary>The document's change history (§3 row 29).</summary>
    public IReadOnlyList<ChangeHistoryEntry> ChangeHistory { get; init; } = [];

    /// <summary>Policies this one is read with or ranks below.</summary>
    public IReadOnlyList<RelatedPolicy> RelatedPolicies { get; init; } = [];

    /// <summary>Job titles the policy maps onto Lanyard roles.</summary>
    public IReadOnlyList<RoleAlias> RoleAliases { get; init; } = [];

    /// <summary>Who the policy binds (§3 row 24).</summary>
    public required IReadOnlyList<Role> BoundRoles { get; init; }

    /// <summary>Places where the source contradicts itself, reported by the loader as warnings (§3.2).</summary>
    public IReadOnlyList<Inconsistency> Inconsistencies { get; init; } = [];

    /// <summary>Typed answers to the §3 questions; a null answer is silence.</summary>
    public required PackParameters Parameters { get; init; }

    /// <summary>Every clause of the policy, in document order.</summary>
    public required IReadOnlyList<Clause> Clauses { get; init; }

    /// <summary>Finds a clause by id.</summary>
    public Clause? FindClause(string clauseId) => Clauses.FirstOrDefault(c => string.Equals(c.Id, clauseId, StringComparison.Ordinal));
}
