using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// The organisation a governance request names, with the shipped pack attached to it and the
/// organisation that holds that pack (the school itself, or its trust or federation), found once
/// the same way for every use case that starts from an organisation id.
/// </summary>
/// <param name="All">The organisation register as listed (the actor's membership is checked against it).</param>
/// <param name="Organisation">The organisation asked about.</param>
/// <param name="Shipped">The shipped pack attached to it.</param>
/// <param name="From">The organisation the pack is attached to.</param>
internal sealed record PolicyHolder(IReadOnlyList<Organisation> All, Organisation Organisation, PolicyPack Shipped, Organisation From)
{
    /// <summary>The error when the organisation is unknown or has no pack.</summary>
    public const string NoPack = "No policy pack is attached to this organisation.";

    /// <summary>Finds the organisation and its pack; null when either is missing.</summary>
    public static async Task<PolicyHolder?> FindAsync(long organisationId, IOrganisationRegister organisations, CancellationToken cancellationToken)
    {
        var all = await organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(o => o.Id == organisationId) is { } organisation
            && SchoolInContext.Of(organisation, all) is { Pack: { } shipped, PackFrom: { } from }
            ? new PolicyHolder(all, organisation, shipped, from)
            : null;
    }
}
