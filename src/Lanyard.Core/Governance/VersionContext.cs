using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Governance;

/// <summary>Loads a version, its organisation's register and the actor, and refuses a step the state machine does not allow.</summary>
internal static class VersionContext
{
    public static async Task<(PolicyVersion? Version, PackInForce? InForce, Person? Actor)> LoadAsync(
        long versionId, long actorPersonId, PolicyVersionStep step, DateOnly today, GovernancePorts ports, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var version = await ports.Versions.GetAsync(versionId, cancellationToken).ConfigureAwait(false);
        var all = await ports.Organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        if (version is null || all.FirstOrDefault(o => o.Id == version.OrganisationId) is not { } from
            || SchoolInContext.Of(from, all) is not { Pack: { } shipped })
        {
            errors["version"] = "No such policy version.";
            return (null, null, null);
        }

        var versions = await ports.Versions.ListAsync(from.Id, cancellationToken).ConfigureAwait(false);
        if (PolicyVersionWorkflow.Refuse(step, PolicyVersionWorkflow.StateOn(version, versions, today)) is { } refusal)
        {
            errors["version"] = refusal;
            return (null, null, null);
        }

        var actor = await GovernanceActor.LoadAsync(actorPersonId, from, all, ports.People, errors, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return (null, null, null);
        }

        if (step is PolicyVersionStep.EditDraft or PolicyVersionStep.Withdraw && !GovernanceActor.MayEdit(actor))
        {
            errors["actor"] = "Only the head teacher, deputy head, SLT, governors or the COO may change a draft policy.";
            return (null, null, null);
        }

        return (version, PolicyVersions.InForce(from, shipped, versions, today), actor);
    }
}
