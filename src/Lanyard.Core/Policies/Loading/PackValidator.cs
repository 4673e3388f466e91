using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Lanyard.Core.Policies.Parameters;
using YamlDotNet.Core;

namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// Checks a bound pack for what the types alone cannot say: clause ids that belong to the pack and
/// are unique, citations that exist, verdicts only where a check gives one, and fields that only
/// make sense together. It also turns the source document's own gaps and contradictions into
/// warnings, so a reading the pack chose is never mistaken for the document's.
/// </summary>
internal sealed partial class PackValidator
{
    private static readonly HashSet<EnforceMechanism> CheckingMechanisms =
    [
        EnforceMechanism.PreCheck,
        EnforceMechanism.ConnectionCheck,
        EnforceMechanism.AccountRegister,
        EnforceMechanism.UsageRule,
    ];

    private readonly string _source;
    private readonly IReadOnlyDictionary<object, Mark> _positions;
    private readonly List<PackDiagnostic> _errors;
    private readonly List<PackDiagnostic> _warnings;

    public PackValidator(string source, IReadOnlyDictionary<object, Mark> positions, List<PackDiagnostic> errors, List<PackDiagnostic> warnings)
    {
        _source = source;
        _positions = positions;
        _errors = errors;
        _warnings = warnings;
    }

    public void Validate(PolicyPack pack)
    {
        if (pack.FormatVersion != 1)
        {
            Error(pack, $"formatVersion {pack.FormatVersion} is not supported; allowed: 1");
        }

        if (!PackIdPattern().IsMatch(pack.Id))
        {
            Error(pack, $"id '{pack.Id}' must be lower-case letters, digits and single hyphens, e.g. st-marys-sefton");
        }

        if (!Sha256Pattern().IsMatch(pack.Source.Sha256))
        {
            Error(pack.Source, $"source.sha256 must be 64 lower-case hexadecimal characters, found '{pack.Source.Sha256}'");
        }

        var clauseIds = ValidateClauses(pack);
        ValidateCitations(pack, clauseIds);
        ValidateApproval(pack.Approval);
        ValidateReview(pack.Review);
        ValidateParameters(pack.Parameters);
        WarnAboutGovernance(pack);
    }

    private HashSet<string> ValidateClauses(PolicyPack pack)
    {
        var firstSeen = new Dictionary<string, Clause>(StringComparer.Ordinal);
        if (pack.Clauses.Count == 0)
        {
            Error(pack, "clauses must list every clause of the policy; found none");
        }

        foreach (var clause in pack.Clauses)
        {
            if (!clause.Id.StartsWith(pack.Id + ".", StringComparison.Ordinal))
            {
                Error(clause, $"clause id '{clause.Id}' does not belong to pack '{pack.Id}': ids in this pack start with '{pack.Id}.'");
            }
            else if (!ClauseIdPattern().IsMatch(clause.Id[(pack.Id.Length + 1)..]))
            {
                Error(clause, $"clause id '{clause.Id}' must have the form {pack.Id}.<section>.<NN>, e.g. {pack.Id}.5-4c.01");
            }

            if (firstSeen.TryGetValue(clause.Id, out var first))
            {
                Error(clause, $"duplicate clause id '{clause.Id}': already used at line {Line(first)}");
            }
            else
            {
                firstSeen.Add(clause.Id, clause);
            }

            if (clause.Verdict is { } verdict && !CheckingMechanisms.Contains(clause.Enforce))
            {
                Error(clause, $"clause '{clause.Id}' has verdict '{YamlNaming.Kebab(verdict)}', but only checking clauses give verdicts; " +
                    $"allowed for enforce: {string.Join(", ", CheckingMechanisms.Select(m => YamlNaming.Kebab(m)))} (this clause is '{YamlNaming.Kebab(clause.Enforce)}')");
            }

            if (clause.AppliesTo.Count == 0)
            {
                Error(clause, $"clause '{clause.Id}' must say whom it applies to (appliesTo)");
            }
        }

        return firstSeen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every <c>clause</c> or <c>clauses</c> field anywhere outside the clause list must name a
    /// clause of this pack: a verdict that cites a clause the pack lacks could not explain itself.
    /// </summary>
    private void ValidateCitations(PolicyPack pack, HashSet<string> clauseIds)
    {
        void Visit(object? node, string path)
        {
            switch (node)
            {
                case null or string or Clause:
                    return;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        Visit(item, $"{path}[{index++}]");
                    }

                    return;
            }

            var type = node.GetType();
            if (type.IsPrimitive || type.IsEnum || type == typeof(PackDate) || Nullable.GetUnderlyingType(type) is not null)
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.SetMethod is null)
                {
                    continue;
                }

                var value = property.GetValue(node);
                var childPath = $"{path}.{YamlNaming.Key(property.Name)}";
                if (property.Name == nameof(PackParameter.Clauses) && value is IReadOnlyList<string> cited)
                {
                    if (cited.Count == 0 && node is PackParameter or Inconsistency)
                    {
                        Error(node, $"{childPath} must cite at least one clause of this pack");
                    }

                    foreach (var id in cited)
                    {
                        CheckCited(id, node, childPath, clauseIds, pack.Id);
                    }
                }
                else if (property.Name == nameof(AccountValidator.Clause) && value is string id)
                {
                    CheckCited(id, node, childPath, clauseIds, pack.Id);
                }
                else if (property.Name != nameof(PolicyPack.Clauses))
                {
                    Visit(value, childPath);
                }
            }
        }

        Visit(pack, pack.Id);
    }

    private void CheckCited(string id, object owner, string path, HashSet<string> clauseIds, string packId)
    {
        if (!clauseIds.Contains(id))
        {
            Error(owner, $"{path} cites clause '{id}', which is not a clause of pack '{packId}'");
        }
    }

    private void ValidateApproval(Approval approval)
    {
        switch (approval.Kind)
        {
            case ApprovalKind.Body or ApprovalKind.Committee when string.IsNullOrWhiteSpace(approval.Body):
                Error(approval, $"approval.body must name the approving {YamlNaming.Kebab(approval.Kind)}");
                break;
            case ApprovalKind.Role when approval.Role is null:
                Error(approval, "approval.role must name the approving role when approval.kind is role");
                break;
            case ApprovalKind.Signatories when approval.Signatures.Count == 0:
                Error(approval, "approval.signatures must list the signature lines when approval.kind is signatories");
                break;
        }
    }

    private void ValidateReview(ReviewSchedule review)
    {
        if (review.CycleMonths is <= 0 or > 120)
        {
            Error(review, $"review.cycleMonths must be between 1 and 120 months, found {review.CycleMonths}; leave it out when the policy states no cycle");
        }
    }

    private void ValidateParameters(PackParameters parameters)
    {
        foreach (var rule in new[] { parameters.CurrentPupilContact, parameters.FormerPupilContact })
        {
            if (rule is null)
            {
                continue;
            }

            if (rule.Blocked == AgeRule.UnderAge && rule.Age is null)
            {
                Error(rule, "blocked: under-age needs age (the age the ban lasts until)");
            }
            else if (rule.Blocked == AgeRule.Always && rule.Age is not null)
            {
                Error(rule, "blocked: always takes no age; use blocked: under-age with age to limit the ban");
            }

            CheckAge(rule, rule.Age);
            if (rule.Actions.Count == 0)
            {
                Error(rule, "actions must list at least one connection action");
            }
        }

        if (parameters.FormerPupilWarning is { } band)
        {
            CheckAge(band, band.UntilAge);
        }

        if (parameters.ParentConnection is { } parent)
        {
            if (parent.FormerPupilUnderAge is not null && parent.ParentsOf != ParentScope.CurrentAndFormerPupilsUnderAge)
            {
                Error(parent, "formerPupilUnderAge only applies with parentsOf: current-and-former-pupils-under-age");
            }

            if (parent.ParentsOf == ParentScope.CurrentAndFormerPupilsUnderAge && parent.FormerPupilUnderAge is null)
            {
                Error(parent, "parentsOf: current-and-former-pupils-under-age needs formerPupilUnderAge");
            }

            CheckAge(parent, parent.FormerPupilUnderAge);
            if (parent.AdviceActions.Count > 0 && parent.AdviceRole is null)
            {
                Error(parent, "adviceActions needs adviceRole: whose advice lifts the hold");
            }
        }

        foreach (var validator in parameters.OfficialAccounts?.Validators ?? [])
        {
            if (validator.Rule == AccountRule.ApprovalRequired && validator.ApproverRole is null)
            {
                Error(validator, $"validator approval-required ({validator.Clause}) needs approverRole");
            }

            if (validator.Verdict is Verdict.Allow)
            {
                Error(validator, $"validator {YamlNaming.Kebab(validator.Rule)} ({validator.Clause}) must warn, flag, hold or block when it fails, not allow");
            }
        }

        foreach (var rule in parameters.ContentChecks?.Rules ?? [])
        {
            foreach (var pattern in rule.Categories.Concat(rule.RequiresAlso))
            {
                var known = pattern.EndsWith('*')
                    ? Checking.FindingCategory.All.Any(c => c.StartsWith(pattern[..^1], StringComparison.Ordinal))
                    : Checking.FindingCategory.All.Contains(pattern, StringComparer.Ordinal);
                if (!known)
                {
                    Error(rule, $"contentChecks: unknown finding category '{pattern}'; known: {string.Join(", ", Checking.FindingCategory.All)} (or a prefix ending in *)");
                }
            }
        }

        if (parameters.Training?.IntervalMonths is <= 0)
        {
            Error(parameters.Training, "training.intervalMonths must be a positive number of months, or left out when the policy sets none");
        }

        if (parameters.Casework is { } casework)
        {
            ValidateCasework(casework, parameters);
        }
    }

    private void CheckAge(object owner, int? age)
    {
        if (age is < 1 or > 99)
        {
            Error(owner, $"age {age} is not a plausible age limit; allowed: 1 to 99");
        }
    }

    private void WarnAboutGovernance(PolicyPack pack)
    {
        foreach (var inconsistency in pack.Inconsistencies)
        {
            Warn(inconsistency, $"inconsistency in the source document ({string.Join(", ", inconsistency.Clauses)}): {inconsistency.Note}");
        }

        var review = pack.Review;
        if (review.CycleMonths is null)
        {
            Warn(review, "no review cycle set: the policy states no review cycle" + (review.NextReview is null ? " and no next review date" : string.Empty));
        }

        if (review is { CycleMonths: { } months, LastReviewed: { } last, NextReview: { } stated })
        {
            var computed = last.AddMonths(months);
            if (computed.Earliest.Year != stated.Earliest.Year || computed.Earliest.Month != stated.Earliest.Month)
            {
                Warn(review, $"the stated next review {stated} is not {months} months after the last review {last} (that would be {computed})");
            }
        }

        var approval = pack.Approval;
        if (approval.Inferred)
        {
            Warn(approval, $"the approver ({approval.Body ?? (approval.Role is { } r ? YamlNaming.Kebab(r) : "unnamed")}) is implied by the document, not stated");
        }

        foreach (var signature in approval.Signatures)
        {
            if (!signature.SignedInCopy)
            {
                Warn(signature, $"adoption incomplete: the {YamlNaming.Kebab(signature.Role)} signature line is blank in the copy");
            }

            if (signature.DateReadings.Count > 1)
            {
                Warn(signature, $"the {YamlNaming.Kebab(signature.Role)} date '{signature.DateAsPrinted}' is ambiguous: it reads as {string.Join(" or ", signature.DateReadings)}");
            }

            if (approval.Date is { } approved)
            {
                foreach (var reading in signature.DateReadings.Where(d => d < approved))
                {
                    Warn(signature, $"the {YamlNaming.Kebab(signature.Role)} date read as {reading} is earlier than the approval date {approved}");
                }
            }
        }

        WarnAboutChangeHistory(pack.ChangeHistory);

        if (pack.Parameters.Consent is { ConflictingModel: { } conflicting } consent)
        {
            Warn(consent, $"the document states two consent models: {YamlNaming.Kebab(consent.Model)} (applied) and {YamlNaming.Kebab(conflicting)}");
        }
    }

    /// <summary>Dates should rise with versions; a row dated before an earlier version is flagged, not reordered silently.</summary>
    private void WarnAboutChangeHistory(IReadOnlyList<ChangeHistoryEntry> history)
    {
        var byVersion = history
            .Where(e => e.Date is not null)
            .Select(e => (Entry: e, Version: ParseVersion(e.Version)))
            .Where(x => x.Version is not null)
            .OrderBy(x => x.Version)
            .ToList();
        for (var i = 1; i < byVersion.Count; i++)
        {
            var (earlier, later) = (byVersion[i - 1].Entry, byVersion[i].Entry);
            if (later.Date < earlier.Date)
            {
                Warn(later, $"change history out of order: version {later.Version} is dated {later.Date}, before version {earlier.Version} dated {earlier.Date}");
            }
        }
    }

    private static System.Version? ParseVersion(string text) =>
        System.Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var version) ? version : null;

    private int Line(object node) => _positions.TryGetValue(node, out var mark) ? (int)mark.Line : 1;

    private void Error(object node, string message) => _errors.Add(At(node, message));

    private void Warn(object node, string message) => _warnings.Add(At(node, message));

    private PackDiagnostic At(object node, string message) =>
        _positions.TryGetValue(node, out var mark)
            ? new PackDiagnostic(_source, (int)mark.Line, (int)mark.Column, message)
            : new PackDiagnostic(_source, 1, 1, message);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PackIdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\.[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseIdPattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}
