using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Time;
using Lanyard.Core.Workflows;

namespace Lanyard.Cli.Cases;

/// <summary>How <c>lanyard cases …</c> writes cases, steps and tasks as text: every step with the clause ids that back it, times in UK time labelled BST or GMT.</summary>
internal static class CaseText
{
    /// <summary>A time as the CLI writes it, on the UK clock with the clock named: <c>2025-10-06 09:30 BST</c>, <c>2025-12-01 09:30 GMT</c>.</summary>
    public static string At(DateTimeOffset at) => UkTime.Format(at, "yyyy-MM-dd HH:mm");

    /// <summary>An id as the CLI writes it.</summary>
    public static string N(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Clause ids in brackets, or nothing when there are none.</summary>
    public static string Clauses(IEnumerable<string> clauses)
    {
        var list = clauses.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? string.Empty : $" [{string.Join(", ", list)}]";
    }

    /// <summary>A step allowed now, the clauses of its row in the case's procedure, and the pack roles it is reserved to (null: anyone on the case).</summary>
    public sealed record AllowedStep(CaseStep Step, IReadOnlyList<string> Clauses, IReadOnlyList<Role>? OnlyRoles);

    /// <summary>The allowed steps with their clauses (steps every procedure shares cite none) and role rules.</summary>
    /// <param name="pack">The pack version the case is worked under (<see cref="CasePacks"/>); null when it cannot be found.</param>
    /// <param name="record">The case.</param>
    /// <param name="stage">Its stage.</param>
    /// <param name="allowed">The steps allowed now.</param>
    public static IReadOnlyList<AllowedStep> Allowed(PolicyPack? pack, CaseRecord record, CaseStage stage, IReadOnlyList<CaseStep> allowed)
    {
        var procedure = pack is null ? null : CaseProcedures.For(pack, record.Type);
        return [.. allowed.Select(step =>
        {
            var clauses = procedure?.Table.Find(stage, step)?.Clauses ?? [];
            var rule = procedure?.RoleRuleFor(step);
            return new AllowedStep(step, rule is null ? clauses : [.. clauses.Append(rule.Clause).Distinct(StringComparer.Ordinal)], rule?.Roles);
        })];
    }

    /// <summary>The steps allowed now, one a line, with their clauses and who may take them.</summary>
    public static void AllowedSteps(TextWriter output, PolicyPack? pack, CaseRecord record, CaseStage stage, IReadOnlyList<CaseStep> allowed, CaseActor actor)
    {
        output.WriteLine("Allowed now:");
        if (allowed.Count == 0)
        {
            output.WriteLine("  nothing (the procedure has ended)");
            return;
        }

        var actorRoles = CaseRoles.PolicyRolesOf(actor.Roles);
        foreach (var step in Allowed(pack, record, stage, allowed))
        {
            var who = step.OnlyRoles is not { } roles ? string.Empty
                : $" (only {string.Join(" or ", roles.Select(r => WorkflowText.Kebab(r)))}{(roles.Any(actorRoles.Contains) ? string.Empty : "; not you")})";
            output.WriteLine($"  {WorkflowText.Kebab(step.Step)}{Clauses(step.Clauses)}{who}");
        }
    }

    /// <summary>The open tasks, one a line, with owner, due time, clause, and whether they are overdue or block closing.</summary>
    public static void Tasks(TextWriter output, IReadOnlyList<CaseTask> tasks, DateTimeOffset now)
    {
        output.WriteLine("Open tasks:");
        if (tasks.Count == 0)
        {
            output.WriteLine("  none");
            return;
        }

        foreach (var task in tasks)
        {
            var owner = task.OwnerRole is { } role ? WorkflowText.Kebab(role) : "anyone on the case";
            var state = (task.IsOverdueAt(now) ? " OVERDUE" : string.Empty) + (task.Mandatory ? " (must be done before closing)" : string.Empty);
            output.WriteLine($"  {WorkflowText.Kebab(task.Step)}: {task.Title}; owner {owner}, due {At(task.Due)}{state}{Clauses(task.Clause is null ? [] : [task.Clause])}");
        }
    }

    /// <summary>One entry: id, time, step, stage change, who in which role, details, clauses, note, what it corrects and, when it was corrected, by which entry.</summary>
    public static string Entry(CaseEntry entry, CaseEntry? correctedBy = null)
    {
        var move = entry.From == entry.To ? WorkflowText.Kebab(entry.To) : $"{WorkflowText.Kebab(entry.From)} -> {WorkflowText.Kebab(entry.To)}";
        var acting = entry.ActingAs is { } role ? $" as {WorkflowText.Kebab(role)}" : string.Empty;
        var details = entry.Details.Count == 0 ? string.Empty : " " + string.Join(" ", entry.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}"));
        var corrects = (entry.Corrects is { } corrected ? $" (corrects #{N(corrected)})" : string.Empty)
            + (correctedBy is not null ? $" CORRECTED by #{N(correctedBy.Id)}" : string.Empty);
        var note = entry.Note is { } text ? $"{Environment.NewLine}      note: {text}" : string.Empty;
        return $"  #{N(entry.Id)} {At(entry.At)} {WorkflowText.Kebab(entry.Step)} ({move}) by {entry.ByName}{acting}{details}{Clauses(entry.Clauses)}{corrects}{note}";
    }

    /// <summary>A party: role, kind and who (register name and id, or the description).</summary>
    public static string Party(CaseParty party, Person? person) =>
        $"  {WorkflowText.Kebab(party.Role)}: {WorkflowText.Kebab(party.Kind)} " +
        (party.PersonId is { } id ? $"{person?.DisplayName ?? "(no longer in the register)"} (person {N(id)})" : party.Description ?? "(not described)");

    /// <summary>An evidence item, numbered as evidence packs and letters number it (E1, E2, …).</summary>
    public static string Evidence(EvidenceItem item, int number)
    {
        var parts = new List<string> { $"  E{N(number)} (evidence {N(item.Id)}) {WorkflowText.Kebab(item.Kind)}: {item.Description}" };
        if (item.IndecentImageOfChild)
        {
            parts.Add("indecent images of children: NOT STORED, physical only");
        }

        if (item.Url is { } url)
        {
            parts.Add(url);
        }

        if (item.CapturedAt is { } captured)
        {
            parts.Add($"captured {At(captured)} by {item.CapturedBy}");
        }
        else
        {
            parts.Add($"captured by {item.CapturedBy}");
        }

        if (item.Sha256 is { } hash)
        {
            parts.Add($"{item.FileName}, {N(item.SizeBytes ?? 0)} bytes, SHA-256 {hash}");
        }

        if (item.StorageLocation is { } where)
        {
            parts.Add($"kept at {where}{(item.KeyHolder is { } holder ? $", key held by {holder}" : string.Empty)}");
        }

        return string.Join("; ", parts);
    }
}
