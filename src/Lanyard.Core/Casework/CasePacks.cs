using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Time;

namespace Lanyard.Core.Casework;

/// <summary>
/// The pack a case is worked under: the version recorded on the case (<see cref="CaseRecord.PackId"/>
/// and <see cref="CaseRecord.PackVersion"/>), never simply the pack in force today. That is the shipped
/// pack when the label is the shipped pack's, otherwise the approved version of that label in the
/// policy register of the organisation holding the pack (the school, or its trust or federation).
/// <para>
/// Cases in flight do not change rules mid-way: a case reported under an older version keeps that
/// version's procedure after a newer version takes effect, so every step of one case is judged by one
/// text and cites one version. Only approved versions can be on a case (a draft, or a version withdrawn
/// before it was ever in force, never judged one). When the recorded version cannot be found the case's
/// pack is unknown (null) and the use cases refuse to work it, saying why
/// (<see cref="Unavailable"/>); Lanyard never judges a case under another version instead.
/// </para>
/// One instance serves one request or command: it keeps the registers it has read, reading a
/// register again only when a version it is asked for is not among those already read.
/// </summary>
public sealed class CasePacks
{
    private readonly IOrganisationRegister _organisations;
    private readonly IPolicyVersionRegister _versions;
    private readonly Dictionary<long, IReadOnlyList<PolicyVersion>> _registers = [];
    private IReadOnlyList<Organisation>? _listed;

    /// <summary>Reads packs through the organisation register (who holds a school's pack) and the policy register (its versions).</summary>
    public CasePacks(IOrganisationRegister organisations, IPolicyVersionRegister versions)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(versions);
        _organisations = organisations;
        _versions = versions;
    }

    /// <summary>
    /// The pack <paramref name="record"/> was reported under; null when its pack is not one Lanyard
    /// ships or the recorded version is not in the register (see <see cref="Unavailable"/>).
    /// </summary>
    public async Task<PolicyPack?> OfAsync(CaseRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!BuiltInPacks.Ids.Contains(record.PackId, StringComparer.Ordinal))
        {
            return null;
        }

        var shipped = BuiltInPacks.Get(record.PackId);
        if (await HolderOfAsync(record.OrganisationId, cancellationToken).ConfigureAwait(false) is not { } holder)
        {
            return Labelled(shipped, record) ? shipped : null;
        }

        var versions = _registers.TryGetValue(holder.Id, out var read) ? read : null;
        if (versions is null || Find(versions, shipped, record) is not { } found)
        {
            // Read (again): the version may have been approved since this register was read.
            versions = await _versions.ListAsync(holder.Id, cancellationToken).ConfigureAwait(false);
            _registers[holder.Id] = versions;
            found = Find(versions, shipped, record);
        }

        return found;
    }

    /// <summary>The procedure of the case's pack for its type; null when the pack is unknown (<see cref="OfAsync"/>).</summary>
    public async Task<CaseProcedure?> ProcedureOfAsync(CaseRecord record, CancellationToken cancellationToken) =>
        await OfAsync(record, cancellationToken).ConfigureAwait(false) is { } pack ? CaseProcedures.For(pack, record.Type) : null;

    /// <summary>Why a case whose pack is unknown cannot be worked, naming the pack and version it records.</summary>
    public static string Unavailable(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return BuiltInPacks.Ids.Contains(record.PackId, StringComparer.Ordinal)
            ? $"This case was reported under version {record.PackVersion} of the {record.PackId} policy, which is neither the shipped version nor an approved version in the school's policy register, so its procedure cannot run."
            : $"The policy this case was reported under ({record.PackId} version {record.PackVersion}) is not one Lanyard ships, so its procedure cannot run.";
    }

    /// <summary>
    /// The text of the recorded label. The version in force when the case was reported comes first
    /// when it carries the label (that settles a label an approved version shares with the shipped
    /// pack); then the shipped pack; then the approved version of that label.
    /// </summary>
    private static PolicyPack? Find(IReadOnlyList<PolicyVersion> versions, PolicyPack shipped, CaseRecord record)
    {
        var approved = versions.Where(v => v.Status == PolicyVersionState.Approved && string.Equals(v.PackId, record.PackId, StringComparison.Ordinal)).ToList();
        if (PolicyVersionWorkflow.InForceOn(approved, UkTime.DateOf(record.ReportedAt)) is { } then && string.Equals(then.Version, record.PackVersion, StringComparison.Ordinal))
        {
            return PolicyVersions.LoadApproved(then);
        }

        if (Labelled(shipped, record))
        {
            return shipped;
        }

        return approved.LastOrDefault(v => string.Equals(v.Version, record.PackVersion, StringComparison.Ordinal)) is { } named ? PolicyVersions.LoadApproved(named) : null;
    }

    private static bool Labelled(PolicyPack pack, CaseRecord record) => string.Equals(pack.Version, record.PackVersion, StringComparison.Ordinal);

    private async Task<Organisation?> HolderOfAsync(long schoolId, CancellationToken cancellationToken)
    {
        _listed ??= await _organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        return _listed.FirstOrDefault(o => o.Id == schoolId) is { } school ? SchoolInContext.Of(school, _listed).PackFrom : null;
    }
}
