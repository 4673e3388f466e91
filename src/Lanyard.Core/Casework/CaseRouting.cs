using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// Who a new case goes to: the pack's route for its type (<see cref="PackRoute.For"/>) read against
/// the staff of the case's own school and the absences recorded for the day. The school is the one
/// the case belongs to, never its trust, so a Cambrian concern reaches the DSL "in the school"
/// (reporting.01). When the pack names nobody, or nobody it names is present, the pack's fallback
/// applies if it has one (Heathcoat staff.20: the most senior member of staff present); otherwise
/// Lanyard's default, the DSL, and failing a DSL present, the most senior member of staff present.
/// Every such step is given as a reason, so the case shows why its recipients are who they are.
/// The same rule, through <see cref="ToRole"/>, decides who hears of a case escalated to a role or a
/// task given to one, once the case is open.
/// </summary>
public static class CaseRouting
{
    /// <summary>
    /// The details of a "notified" entry: the role told and, only when the policy's own fallback sent
    /// the case to them because those it names are away (a clause says so, e.g. Heathcoat staff.20), the
    /// people told by register id (<see cref="CaseDetails.NotifiedPeople"/>): they are standing in, and
    /// read the case in full. Lanyard's default for a silent pack widens nobody's access, and the roles
    /// the policy routes to keep exactly the access <see cref="CaseAccess"/> gives them.
    /// </summary>
    public static Dictionary<string, string> NotifiedDetails(Role role, IEnumerable<RoutedRecipient> told, bool fallbackApplied)
    {
        ArgumentNullException.ThrowIfNull(told);
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { [CaseDetails.NotifiedRole] = Workflows.WorkflowText.Kebab(role) };
        var standingIn = told.ToList();
        if (fallbackApplied && standingIn.Count > 0 && standingIn.All(r => r.Clause is not null))
        {
            details[CaseDetails.NotifiedPeople] = string.Join(",", standingIn.Select(r => r.Person.Id).Distinct().Order()
                .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return details;
    }

    /// <summary>Resolves the recipients of a case of <paramref name="type"/> at a school.</summary>
    /// <param name="pack">The pack in force at the school.</param>
    /// <param name="type">The case type.</param>
    /// <param name="people">The school's people (only staff are considered).</param>
    /// <param name="absences">The absences covering <paramref name="day"/>.</param>
    /// <param name="day">The day the report is made.</param>
    public static RoutingDecision Resolve(PolicyPack pack, CaseType type, IReadOnlyList<Person> people, IReadOnlyList<Absence> absences, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(absences);
        var route = PackRoute.For(pack, type);
        var (staff, absent, present) = Split(people, absences, day);
        var reasons = new List<string>();
        var recipients = new List<RoutedRecipient>();
        var clause = route.Clauses.Count > 0 ? route.Clauses[0] : null;

        if (route.Recipients.Count == 0)
        {
            reasons.Add(route.Clauses.Count == 0
                ? "The policy names no recipient for this type of case; Lanyard's default, the DSL, applies."
                : $"The policy names no recipient ({string.Join(", ", route.Clauses)}); Lanyard's default, the DSL, applies.");
            return Default(route, present, staff, reasons);
        }

        foreach (var role in route.Recipients)
        {
            var holders = staff.Where(p => CaseRoles.Holds(p.Roles, role)).ToList();
            var here = holders.Where(p => !absent.Contains(p.Id)).ToList();
            if (holders.Count == 0)
            {
                reasons.Add($"Nobody at the school holds the role '{WorkflowText.Kebab(role)}' that the policy names ({clause}).");
                continue;
            }

            if (here.Count == 0)
            {
                reasons.Add($"The {WorkflowText.Kebab(role)} is absent today.");
                continue;
            }

            recipients.AddRange(here.Where(p => recipients.All(r => r.Person.Id != p.Id)).Select(p => new RoutedRecipient(p, role, clause)));
            if (route.Notify == NotifyMode.AnyOne)
            {
                break;
            }
        }

        if (recipients.Count > 0)
        {
            return new RoutingDecision(route, recipients, reasons, false);
        }

        if (route.Fallback == RoutingFallback.MostSeniorStaffPresent)
        {
            var fallbackClause = FallbackClause(route);
            reasons.Add($"None of the recipients the policy names is available; it sends the report to the most senior member of staff present ({fallbackClause}).");
            return new RoutingDecision(route, MostSenior(present, fallbackClause), reasons, true);
        }

        reasons.Add("None of the recipients the policy names is available and the policy names no fallback; Lanyard's default, the DSL, applies.");
        return Default(route, present, staff, reasons);
    }

    /// <summary>
    /// Who hears of a case sent to <paramref name="role"/> once it is open (escalated to the role, or a
    /// task the role owns): every holder present. Holders absent on <paramref name="day"/> are skipped;
    /// when none is present, the cover the pack names for the case type's route (Heathcoat staff.20: the
    /// most senior member of staff present), or, where the pack names none, Lanyard's default: the DSL,
    /// else the most senior member of staff present. Each such step is a reason, naming roles only.
    /// </summary>
    /// <param name="pack">The pack the case is worked under.</param>
    /// <param name="type">The case type, whose route names the cover.</param>
    /// <param name="role">The role the case is sent to.</param>
    /// <param name="people">The school's people (only staff are considered).</param>
    /// <param name="absences">The absences covering <paramref name="day"/>.</param>
    /// <param name="day">The day it is sent.</param>
    public static RoutingDecision ToRole(PolicyPack pack, CaseType type, Role role, IReadOnlyList<Person> people, IReadOnlyList<Absence> absences, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(absences);
        var route = PackRoute.For(pack, type);
        var (staff, absent, present) = Split(people, absences, day);
        var name = WorkflowText.Kebab(role);
        var holders = staff.Where(p => CaseRoles.Holds(p.Roles, role)).ToList();
        var here = holders.Where(p => !absent.Contains(p.Id)).ToList();
        var reasons = new List<string>();
        if (here.Count > 0)
        {
            if (here.Count < holders.Count)
            {
                reasons.Add($"{holders.Count - here.Count} of the {holders.Count} people holding the role '{name}' are absent today; the others are told.");
            }

            return new RoutingDecision(route, [.. here.Select(p => new RoutedRecipient(p, role, null))], reasons, false);
        }

        reasons.Add(holders.Count == 0 ? $"Nobody at the school holds the role '{name}'." : $"The {name} is absent today.");
        if (route.Fallback == RoutingFallback.MostSeniorStaffPresent)
        {
            var fallbackClause = FallbackClause(route);
            reasons.Add($"The policy sends it to the most senior member of staff present when those it names are away ({fallbackClause}).");
            return new RoutingDecision(route, MostSenior(present, fallbackClause), reasons, true);
        }

        reasons.Add($"The policy names no cover for an absent {name}; Lanyard's default, the DSL, applies.");
        return Default(route, present, staff, reasons);
    }

    /// <summary>The clause of a route's fallback: the second clause of a row that cites several (Heathcoat staff.19, staff.20), else its only one.</summary>
    private static string? FallbackClause(PackRoute route) => route.Clauses.Count switch { 0 => null, 1 => route.Clauses[0], _ => route.Clauses[1] };

    private static (List<Person> Staff, HashSet<long> Absent, List<Person> Present) Split(IReadOnlyList<Person> people, IReadOnlyList<Absence> absences, DateOnly day)
    {
        var staff = people.Where(p => p.Kind == PersonKind.Staff).ToList();
        var absent = absences.Where(a => a.Covers(day)).Select(a => a.PersonId).ToHashSet();
        return (staff, absent, [.. staff.Where(p => !absent.Contains(p.Id))]);
    }

    private static RoutingDecision Default(PackRoute route, List<Person> present, List<Person> staff, List<string> reasons)
    {
        var dsls = present.Where(p => CaseRoles.Holds(p.Roles, Role.Dsl)).Select(p => new RoutedRecipient(p, Role.Dsl, null)).ToList();
        if (dsls.Count > 0)
        {
            return new RoutingDecision(route, dsls, reasons, true);
        }

        reasons.Add(staff.Any(p => CaseRoles.Holds(p.Roles, Role.Dsl))
            ? "The DSL is absent today; the most senior member of staff present receives it."
            : "Nobody at the school is recorded as DSL; the most senior member of staff present receives it.");
        return new RoutingDecision(route, MostSenior(present, null), reasons, true);
    }

    /// <summary>Everyone present at the highest rank (<see cref="CaseRoles.Seniority"/>): equals share it, so any one of them may act.</summary>
    private static List<RoutedRecipient> MostSenior(List<Person> present, string? clause)
    {
        var ranked = present.Select(p => (Person: p, Rank: CaseRoles.Seniority(p.Roles))).Where(x => x.Rank is not null).ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var top = ranked.Min(x => x.Rank);
        return [.. ranked.Where(x => x.Rank == top).Select(x => new RoutedRecipient(x.Person, Role.SeniorStaff, clause))];
    }
}
