using Lanyard.Core.Policies;

namespace Lanyard.Core.Organisations;

/// <summary>
/// What an organisation register can also know when the host wires in the policy register: which
/// version of an attached pack is in force today. <see cref="SchoolInContext.FindAsync"/> asks it,
/// so every use case that picks a school's pack there (post checks, connection checks, accounts,
/// new cases, the dashboard) judges under the version in force and records its label. Without it
/// (a host with no policy register) the shipped pack is in force.
/// </summary>
public interface IPolicyInForceSource
{
    /// <summary>The pack in force today at <paramref name="packFrom"/>: an approved, effective version, else <paramref name="shipped"/>.</summary>
    /// <param name="packFrom">The organisation the pack is attached to (a school, trust or federation).</param>
    /// <param name="shipped">The shipped pack attached there.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PolicyPack> InForceAsync(Organisation packFrom, PolicyPack shipped, CancellationToken cancellationToken);
}
