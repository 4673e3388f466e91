namespace Lanyard.Core.Governance;

/// <summary>
/// One version of the policy attached to an organisation, as the policy register stores it: the
/// whole pack as YAML (so an old version can be read and diffed for ever), where it came from, and
/// its approval. Versions are never deleted; a draft that is abandoned is withdrawn.
/// </summary>
public sealed record PolicyVersion
{
    /// <summary>The register's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The organisation the pack is attached to (a school, trust or federation).</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The pack id; every version of one register has the same.</summary>
    public required string PackId { get; init; }

    /// <summary>The version label from the YAML's <c>version</c> field.</summary>
    public required string Version { get; init; }

    /// <summary>The whole pack, as uploaded or drafted.</summary>
    public required string Yaml { get; init; }

    /// <summary>Draft, Approved or Withdrawn, as stored; see <see cref="PolicyVersionWorkflow.StateOn"/> for the state on a day.</summary>
    public PolicyVersionState Status { get; init; } = PolicyVersionState.Draft;

    /// <summary>The version it was drafted from; null when drafted from the shipped pack.</summary>
    public long? DraftedFromId { get; init; }

    /// <summary>The version label it was drafted from.</summary>
    public required string DraftedFromVersion { get; init; }

    /// <summary>The day the draft was started.</summary>
    public required DateOnly DraftedOn { get; init; }

    /// <summary>Who started it.</summary>
    public required long DraftedByPersonId { get; init; }

    /// <summary>The approving body in the policy's words (e.g. "Full Governing Body"), when a body or committee approved it.</summary>
    public string? ApprovingBody { get; init; }

    /// <summary>The day it was approved (a body's meeting date); null until approved.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The day it takes effect (on or after <see cref="ApprovedOn"/>); null until approved.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The day it was withdrawn; null unless withdrawn.</summary>
    public DateOnly? WithdrawnOn { get; init; }

    /// <summary>Who approved or signed it, in the order they did.</summary>
    public IReadOnlyList<PolicyApprover> Approvers { get; init; } = [];
}
