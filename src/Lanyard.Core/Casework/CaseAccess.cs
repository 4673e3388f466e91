using System.Collections.Frozen;
using System.Globalization;
using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Casework;

/// <summary>
/// The single place that decides who may read which case, and how much (issue 5, "Audit and
/// access"). Pure: the caller passes the schools in the reader's scope (their school, or every
/// school of their trust or federation), and every casework use case asks here; nothing else
/// decides. The rules, as data in <see cref="AudienceByType"/> and <see cref="Rules"/>:
/// <list type="bullet">
/// <item>a case of a school outside the reader's scope: nothing, whoever they are;</item>
/// <item>safeguarding cases (safeguarding concern, indecent-image evidence, and unsolicited contact,
/// which always involves a pupil, former pupil or parent): DSL, deputy DSL and head teacher only;</item>
/// <item>staff-breach investigations: SLT (head teacher, deputy head, SLT) and the investigating
/// officer the case is assigned to by person id (holding the role alone is not enough: an officer
/// reads the investigations they run, not every one); the member of staff the case is about (subject
/// or alleged perpetrator) never reads it in full, whatever their roles, because nobody investigates
/// themselves;</item>
/// <item>every other type: SLT, head teacher, DSL and deputy DSL, and whoever the case was routed,
/// escalated or assigned to;</item>
/// <item>governors and the chair of governors: the anonymised view of every type;</item>
/// <item>the reporter: at least the status of their own report.</item>
/// </list>
/// Being a party never grants reading on its own: a pupil's parent named as a witness is not a reader.
/// Levels from different reasons combine upwards; <see cref="CaseAccessLevel.Full"/> never comes from a
/// governor role, so "may act" is simply "reads in full".
/// </summary>
public static class CaseAccess
{
    /// <summary>Which reading rule each case type follows.</summary>
    public static readonly FrozenDictionary<CaseType, CaseAudience> AudienceByType = new Dictionary<CaseType, CaseAudience>
    {
        [CaseType.SafeguardingConcern] = CaseAudience.Safeguarding,
        [CaseType.IndecentImageEvidence] = CaseAudience.Safeguarding,
        [CaseType.UnsolicitedContact] = CaseAudience.Safeguarding,
        [CaseType.StaffBreach] = CaseAudience.StaffBreach,
        [CaseType.ParentPost] = CaseAudience.General,
        [CaseType.OnlineAbuseOfStaff] = CaseAudience.General,
        [CaseType.PupilMisconduct] = CaseAudience.General,
        [CaseType.AccidentalAccess] = CaseAudience.General,
        [CaseType.JournalistContact] = CaseAudience.General,
        [CaseType.ExcessiveUse] = CaseAudience.General,
    }.ToFrozenDictionary();

    /// <summary>Who reads each audience's cases in full.</summary>
    public static readonly FrozenDictionary<CaseAudience, CaseReadRule> Rules = new Dictionary<CaseAudience, CaseReadRule>
    {
        [CaseAudience.Safeguarding] = new([StaffRole.Dsl, StaffRole.DeputyDsl, StaffRole.Headteacher], RoutedReaders: false, AssignedRoles: []),
        [CaseAudience.StaffBreach] = new([StaffRole.Slt, StaffRole.Headteacher, StaffRole.DeputyHead], RoutedReaders: false, AssignedRoles: [StaffRole.InvestigatingOfficer]),
        [CaseAudience.General] = new([StaffRole.Slt, StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Dsl, StaffRole.DeputyDsl], RoutedReaders: true, AssignedRoles: []),
    }.ToFrozenDictionary();

    /// <summary>The roles that read every case anonymised.</summary>
    public static readonly IReadOnlyList<StaffRole> AnonymisedReaders = [StaffRole.Governor, StaffRole.ChairOfGovernors];

    private static readonly FrozenDictionary<string, Role> RolesByName =
        Enum.GetValues<Role>().ToFrozenDictionary(r => YamlNaming.Kebab(r), StringComparer.Ordinal);

    /// <summary>How much of <paramref name="file"/> the actor may read.</summary>
    /// <param name="actor">The member of staff.</param>
    /// <param name="file">The case.</param>
    /// <param name="schoolsInScope">The ids of the schools the actor acts for (SchoolsInScope).</param>
    public static CaseAccessLevel LevelFor(CaseActor actor, CaseFile file, IReadOnlyCollection<long> schoolsInScope)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return LevelFor(actor.Roles, actor.PersonId, file, schoolsInScope);
    }

    /// <summary>How much of <paramref name="file"/> a person holding <paramref name="roles"/> may read.</summary>
    /// <param name="roles">Their register roles.</param>
    /// <param name="personId">Their person id in the register.</param>
    /// <param name="file">The case.</param>
    /// <param name="schoolsInScope">The ids of the schools they act for.</param>
    public static CaseAccessLevel LevelFor(IReadOnlyCollection<StaffRole> roles, long personId, CaseFile file, IReadOnlyCollection<long> schoolsInScope)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(schoolsInScope);
        if (!schoolsInScope.Contains(file.Case.OrganisationId))
        {
            return CaseAccessLevel.None;
        }

        var level = file.Case.ReportedByPersonId == personId ? CaseAccessLevel.OwnStatusOnly : CaseAccessLevel.None;
        if (roles.Any(AnonymisedReaders.Contains))
        {
            level = CaseAccessLevel.Anonymised;
        }

        var audience = AudienceByType[file.Case.Type];
        var rule = Rules[audience];
        if (audience == CaseAudience.StaffBreach && IsInvestigated(file, personId))
        {
            return level;
        }

        var full = roles.Any(rule.Readers.Contains)
            || WasToldByName(file, personId)
            || (rule.RoutedReaders && IsRoutedTo(file, roles, personId))
            || (roles.Any(rule.AssignedRoles.Contains) && IsAssignedTo(file, personId));
        return full ? CaseAccessLevel.Full : level;
    }

    /// <summary>Whether the actor may take steps on the case: only someone who reads it in full.</summary>
    public static bool MayAct(CaseActor actor, CaseFile file, IReadOnlyCollection<long> schoolsInScope) =>
        LevelFor(actor, file, schoolsInScope) == CaseAccessLevel.Full;

    /// <summary>Whether the case is assigned to the person, by the latest assignment not corrected away.</summary>
    public static bool IsAssignedTo(CaseFile file, long personId)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Values(file, CaseDetails.AssignedTo, latestOnly: true)
            .Any(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id == personId);
    }

    /// <summary>
    /// Whether a routing told this person by name (<see cref="CaseDetails.NotifiedPeople"/>), not
    /// corrected away: whoever the policy sent the case to can open it, in every audience — including a
    /// safeguarding case sent to the most senior member of staff present because the head and DSL are
    /// away (Heathcoat staff.20) — while the other holders of their role still cannot.
    /// </summary>
    private static bool WasToldByName(CaseFile file, long personId) =>
        Values(file, CaseDetails.NotifiedPeople)
            .Any(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id == personId);

    private static bool IsInvestigated(CaseFile file, long personId) =>
        file.Parties.Any(p => p.PersonId == personId && p.Role is PartyRole.Subject or PartyRole.AllegedPerpetrator);

    private static bool IsRoutedTo(CaseFile file, IReadOnlyCollection<StaffRole> roles, long personId) =>
        IsAssignedTo(file, personId)
        || Values(file, CaseDetails.NotifiedRole).Concat(Values(file, CaseDetails.EscalatedTo))
            .Any(name => RolesByName.TryGetValue(name, out var role) && ConnectionRoles.HoldersOf(role).Any(roles.Contains));

    // Read with corrections applied (CaseCorrections): a case routed to the wrong person by mistake
    // stops being theirs once the correction is recorded. A reassignment replaces the assignment
    // (an investigating officer taken off a case stops reading it); routings and escalations add up.
    private static IEnumerable<string> Values(CaseFile file, string key, bool latestOnly = false)
    {
        var entries = CaseCorrections.Effective(file).Where(e => e.Details.ContainsKey(key)).ToList();
        return (latestOnly ? entries.TakeLast(1) : entries)
            .SelectMany(e => e.Details[key].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
