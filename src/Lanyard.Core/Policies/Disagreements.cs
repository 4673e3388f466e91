using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Policies;

/// <summary>
/// The 34 questions of CLAUSES.md §3 on which the five policies disagree, each bound to the place
/// in a pack that answers it. Every difference between packs is data; this table only says where
/// to look.
/// </summary>
public static class Disagreements
{
    /// <summary>The rows, in CLAUSES.md §3 order.</summary>
    public static IReadOnlyList<DisagreementRow> Rows { get; } =
    [
        Parameter(1, "Staff ↔ current pupils on personal accounts", "currentPupilContact", p => p.CurrentPupilContact),
        Parameter(2, "Staff ↔ former pupils: cut-off age", "formerPupilContact", p => p.FormerPupilContact),
        Parameter(3, "Further warning band for young adults", "formerPupilWarning", p => p.FormerPupilWarning),
        new(4, "Which connection actions are covered", "parameters.*.actions", ConnectionActions, ConnectionActionCitations),
        Parameter(5, "Family exception for pupils", "pupilFamilyException", p => p.PupilFamilyException),
        Parameter(6, "Authorisation route for pupil contact", "pupilContactAuthorisation", p => p.PupilContactAuthorisation),
        Parameter(7, "Staff ↔ parents on personal accounts", "parentConnection", p => p.ParentConnection),
        Parameter(8, "Channel for staff ↔ parent communication", "parentCommunication", p => p.ParentCommunication),
        Parameter(9, "Where pupil photos may appear", "pupilImages", p => p.PupilImages),
        Parameter(10, "Name alongside a pupil photo", "pupilNameWithPhoto", p => p.PupilNameWithPhoto),
        Parameter(11, "Consent model for images and names", "consent", p => p.Consent),
        Parameter(12, "Tagging", "tagging", p => p.Tagging),
        Parameter(13, "Official account requirements", "officialAccounts", p => p.OfficialAccounts),
        Parameter(14, "Staff social media use at work", "staffUsageAtWork", p => p.StaffUsageAtWork),
        Parameter(15, "Web categories, streaming, downloads", "webUsage", p => p.WebUsage),
        Parameter(16, "Pupils' own social media", "pupilAccess", p => p.PupilAccess),
        Parameter(17, "Who receives a safeguarding concern", "safeguardingRouting", p => p.SafeguardingRouting),
        Parameter(18, "Who receives a report of staff abused online", "staffVictimRouting", p => p.StaffVictimRouting),
        Parameter(19, "Escalation ladder for an offensive parent post", "parentPostEscalation", p => p.ParentPostEscalation),
        Parameter(20, "Police involvement", "police", p => p.Police),
        Parameter(21, "Procedures only one pack defines", "workflowModules", p => p.WorkflowModules),
        Parameter(22, "Monitoring of staff communications", "monitoring", p => p.Monitoring),
        new(23, "Breach severity mapping", "breachConsequences + clause severities", SeverityMap, p => Cited(p.Parameters.BreachConsequences)),
        new(24, "Who is bound", "boundRoles", p => p.BoundRoles, _ => []),
        new(25, "Level the pack attaches to", "organisation.level", p => p.Organisation.Level, _ => []),
        new(26, "Approver", "approval", p => p.Approval, p => p.Approval.Clauses),
        new(27, "Review cycle", "review.cycleMonths", p => p.Review.CycleMonths is { } m ? $"{m} months" + (p.Review.CycleAsStated is { } s ? $" ({s})" : string.Empty) : null, p => p.Review.Clauses),
        new(28, "Events that trigger an early review", "review.triggers", p => p.Review.Triggers.Count > 0 ? p.Review.Triggers : null, p => p.Review.Clauses),
        new(29, "Version, status and history", "version, statutory, changeHistory", VersionAndStatus, _ => []),
        Parameter(30, "Staff declaration / read-and-sign", "declaration", p => p.Declaration),
        Parameter(31, "Training", "training", p => p.Training),
        Parameter(32, "Staff identifying with the school on personal accounts", "personalAccountIdentity", p => p.PersonalAccountIdentity),
        Parameter(33, "Political content", "politicalContent", p => p.PoliticalContent),
        Parameter(34, "Recruitment social media searches", "recruitmentOnlineSearch", p => p.RecruitmentOnlineSearch),
    ];

    private static DisagreementRow Parameter(int number, string question, string key, Func<PackParameters, PackParameter?> select) =>
        new(number, question, "parameters." + key, pack => select(pack.Parameters), pack => Cited(select(pack.Parameters)));

    private static IReadOnlyList<string> Cited(PackParameter? parameter) => parameter?.Clauses ?? [];

    private static string? ConnectionActions(PolicyPack pack)
    {
        var parts = new List<string>();
        var p = pack.Parameters;
        if (p.CurrentPupilContact is { } current)
        {
            parts.Add("current pupils: " + ParameterText.Describe(current.Actions));
        }

        if (p.FormerPupilContact is { } former)
        {
            parts.Add("former pupils: " + ParameterText.Describe(former.Actions));
        }

        if (p.ParentConnection is { Actions.Count: > 0 } parents)
        {
            parts.Add("parents: " + ParameterText.Describe(parents.Actions));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static IReadOnlyList<string> ConnectionActionCitations(PolicyPack pack) =>
        [.. Cited(pack.Parameters.CurrentPupilContact), .. Cited(pack.Parameters.FormerPupilContact), .. Cited(pack.Parameters.ParentConnection)];

    private static string? SeverityMap(PolicyPack pack)
    {
        var bySeverity = pack.Clauses
            .Where(c => c.Severity is not null)
            .GroupBy(c => c.Severity!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => $"{Loading.YamlNaming.Kebab(g.Key)}: {g.Count()} clause{(g.Count() == 1 ? string.Empty : "s")}")
            .ToList();
        var consequences = ParameterText.Describe(pack.Parameters.BreachConsequences);
        if (bySeverity.Count == 0 && consequences is null)
        {
            return null;
        }

        return string.Join("; ", new[] { consequences }.Concat(bySeverity).Where(s => !string.IsNullOrEmpty(s)));
    }

    private static string VersionAndStatus(PolicyPack pack)
    {
        var statutory = pack.Statutory switch
        {
            true => "statutory",
            false => "discretionary",
            null => "status not stated",
        };
        var history = pack.ChangeHistory.Count == 0 ? "no change history" : $"{pack.ChangeHistory.Count} change-history entries";
        return $"version {pack.Version}; {statutory}; {history}" + (pack.Source.Template is { } t ? $"; template {t}" : string.Empty);
    }
}
