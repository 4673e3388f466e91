using Lanyard.Core.Organisations;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: start a new version of an organisation's policy. The draft is a copy of the latest
/// recorded version (approved, in force or superseded — the newest the governors have agreed), or
/// of the shipped pack when none is recorded; it is then edited by uploading YAML
/// (<see cref="UpdatePolicyDraft"/>). One draft at a time: a second would fork the policy.
/// </summary>
public static class DraftPolicyVersion
{
    /// <summary>What the user asks.</summary>
    /// <param name="OrganisationId">The school, trust or federation; the draft goes to the organisation the pack is attached to.</param>
    /// <param name="ActorPersonId">The signed-in member of staff.</param>
    public sealed record Request(long OrganisationId, long ActorPersonId);

    /// <summary>The new draft, or why none was started.</summary>
    /// <param name="Draft">The stored draft; null when refused.</param>
    /// <param name="Errors">Field → message; empty when drafted.</param>
    public sealed record Result(PolicyVersion? Draft, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and stores the draft.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await PolicyHolder.FindAsync(request.OrganisationId, ports.Organisations, cancellationToken).ConfigureAwait(false) is not var (all, organisation, shipped, from))
        {
            errors["organisation"] = PolicyHolder.NoPack;
            return new Result(null, errors);
        }

        var actor = await GovernanceActor.LoadAsync(request.ActorPersonId, from, all, ports.People, errors, cancellationToken).ConfigureAwait(false);
        if (actor is not null && !GovernanceActor.MayEdit(actor))
        {
            errors["actor"] = "Only the head teacher, deputy head, SLT, governors or the COO may draft a new version of the policy.";
        }

        var versions = await ports.Versions.ListAsync(from.Id, cancellationToken).ConfigureAwait(false);
        if (versions.FirstOrDefault(v => v.Status == PolicyVersionState.Draft) is { } open)
        {
            errors["draft"] = $"A draft (version {open.Version}) is already open: edit, approve or withdraw it first.";
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var basis = versions.LastOrDefault(v => v.Status == PolicyVersionState.Approved);
        var draft = new PolicyVersion
        {
            OrganisationId = from.Id,
            PackId = shipped.Id,
            Version = basis?.Version ?? shipped.Version,
            Yaml = basis?.Yaml ?? BuiltInPacks.Text(shipped.Id),
            DraftedFromId = basis?.Id,
            DraftedFromVersion = basis?.Version ?? shipped.Version,
            DraftedOn = today,
            DraftedByPersonId = actor!.Id,
        };
        var id = await ports.Versions.AddAsync(draft, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Result(draft with { Id = id }, errors);
    }
}
