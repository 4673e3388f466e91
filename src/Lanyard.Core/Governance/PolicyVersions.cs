using System.Collections.Concurrent;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Governance;

/// <summary>
/// Reading the policy register: which version is in force on a day, and the history of an
/// organisation's policy. Before any version is recorded the shipped pack is in force.
/// </summary>
public static class PolicyVersions
{
    // An approved version's YAML never changes (only drafts are edited), so a loaded pack can be
    // kept for the life of the process; the YAML is compared as well, so two databases whose
    // versions share an id never share a pack.
    private static readonly ConcurrentDictionary<long, (string Yaml, PolicyPack Pack)> Loaded = new();

    /// <summary>
    /// The pack in force at an organisation on <paramref name="day"/>: the latest approved version
    /// (of the organisation the pack is attached to) whose effective date is on or before the day,
    /// else the shipped pack. Null when the organisation is unknown or has no pack attached.
    /// </summary>
    public static async Task<PackInForce?> InForceAsync(
        long organisationId, DateOnly day, IOrganisationRegister organisations, IPolicyVersionRegister versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(versions);
        // The shipped pack by a plain listing: the register may itself answer with the version in
        // force (IPolicyInForceSource), and that is what is being worked out here.
        var listed = await organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        if (listed.FirstOrDefault(o => o.Id == organisationId) is not { } organisation
            || SchoolInContext.Of(organisation, listed) is not { Pack: { } shipped, PackFrom: { } from })
        {
            return null;
        }

        var all = await versions.ListAsync(from.Id, cancellationToken).ConfigureAwait(false);
        return InForce(from, shipped, all, day);
    }

    /// <summary>The pack in force, from a listing of the register already in hand.</summary>
    public static PackInForce InForce(Organisation packFrom, PolicyPack shipped, IReadOnlyList<PolicyVersion> all, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(packFrom);
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(all);
        return PolicyVersionWorkflow.InForceOn(all, day) is { } version
            ? new PackInForce(packFrom, Load(version), version)
            : new PackInForce(packFrom, shipped, null);
    }

    /// <summary>
    /// A stored version's pack. Every stored version was validated by the loader when it was
    /// written, so a failure here means the row was altered outside Lanyard.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stored YAML no longer loads.</exception>
    public static PolicyPack Load(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var result = PolicyPackLoader.LoadText(version.Yaml, SourceName(version));
        return result.Pack ?? throw new InvalidOperationException(
            $"Stored policy version {version.Id} no longer loads: {result.Errors.Count} error(s), the first at line {result.Errors[0].Line}.");
    }

    /// <summary>An approved version's pack, loaded once per process (see <see cref="Load"/>).</summary>
    internal static PolicyPack LoadApproved(PolicyVersion version)
    {
        if (Loaded.TryGetValue(version.Id, out var kept) && string.Equals(kept.Yaml, version.Yaml, StringComparison.Ordinal))
        {
            return kept.Pack;
        }

        var pack = Load(version);
        Loaded[version.Id] = (version.Yaml, pack);
        return pack;
    }

    /// <summary>The pack a declaration or review refers to: a stored version by id, or the shipped pack when the id is null.</summary>
    internal static async Task<PolicyPack?> PackOfAsync(string packId, long? versionId, IPolicyVersionRegister versions, CancellationToken cancellationToken)
    {
        if (versionId is { } id)
        {
            return await versions.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored ? Load(stored) : null;
        }

        return BuiltInPacks.Ids.Contains(packId, StringComparer.Ordinal) ? BuiltInPacks.Get(packId) : null;
    }

    /// <summary>The name diagnostics give a stored version, e.g. <c>testbourne@1.2.0</c>.</summary>
    internal static string SourceName(PolicyVersion version) => $"{version.PackId}@{version.Version}";
}
