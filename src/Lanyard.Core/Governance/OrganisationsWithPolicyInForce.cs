using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// The organisation register with the policy register wired in: lists, adds and updates pass
/// straight to the register it wraps, and <see cref="InForceAsync"/> answers with the approved
/// version in force today (<see cref="PolicyVersions.InForce"/>), so that
/// <see cref="SchoolInContext.FindAsync"/> gives every use case the version the governors approved
/// once its effective date has come. Until then, and with no version recorded, the shipped pack.
/// </summary>
public sealed class OrganisationsWithPolicyInForce : IOrganisationRegister, IPolicyInForceSource
{
    private readonly IOrganisationRegister _organisations;
    private readonly IPolicyVersionRegister _versions;
    private readonly TimeProvider _clock;

    /// <summary>Wraps <paramref name="organisations"/> with the policy register and the clock that says which day it is.</summary>
    public OrganisationsWithPolicyInForce(IOrganisationRegister organisations, IPolicyVersionRegister versions, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(clock);
        _organisations = organisations;
        _versions = versions;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken) => _organisations.ListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken) => _organisations.AddAsync(organisation, cancellationToken);

    /// <inheritdoc />
    public Task UpdateSettingsAsync(long id, int yearStartMonth, int yearStartDay, IReadOnlyList<string> emailDomains, CancellationToken cancellationToken) =>
        _organisations.UpdateSettingsAsync(id, yearStartMonth, yearStartDay, emailDomains, cancellationToken);

    /// <inheritdoc />
    public async Task<PolicyPack> InForceAsync(Organisation packFrom, PolicyPack shipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(packFrom);
        ArgumentNullException.ThrowIfNull(shipped);
        var all = await _versions.ListAsync(packFrom.Id, cancellationToken).ConfigureAwait(false);
        return PolicyVersionWorkflow.InForceOn(all, GovernanceDay.Today(_clock)) is { } version ? PolicyVersions.LoadApproved(version) : shipped;
    }
}
