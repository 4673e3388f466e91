using System.Globalization;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Cli.Packs;

/// <summary>Plain-text renderings of the pack use cases, for a terminal.</summary>
internal static class PackText
{
    private const string Silent = "— (silent: no rule applies)";

    public static void WriteList(TextWriter output, IReadOnlyList<ListPacks.Item> items)
    {
        string[] header = ["ID", "ORGANISATION", "LEVEL", "VERSION", "NEXT REVIEW", "CLAUSES", "WARNINGS"];
        var rows = items.Select(i => new[]
        {
            i.Id,
            i.Organisation,
            YamlNaming.Kebab(i.Level),
            i.Version,
            i.NextReview?.ToString() ?? "no review cycle set",
            i.ClauseCount.ToString(CultureInfo.InvariantCulture),
            i.WarningCount.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        WriteTable(output, header, rows);
    }

    public static void WriteShow(TextWriter output, ShowPack.PackView view)
    {
        var pack = view.Pack;
        output.WriteLine($"{pack.Title}");
        output.WriteLine($"  id:            {pack.Id} (format {pack.FormatVersion})");
        output.WriteLine($"  organisation:  {pack.Organisation.Name} ({YamlNaming.Kebab(pack.Organisation.Level)})");
        if (pack.Organisation.MemberSchools.Count > 0)
        {
            output.WriteLine($"  member schools: {string.Join(", ", pack.Organisation.MemberSchools)}");
        }

        output.WriteLine($"  version:       {pack.Version}{(pack.Statutory is { } s ? s ? ", statutory" : ", discretionary" : string.Empty)}");
        output.WriteLine($"  source:        {pack.Source.File} (sha256 {pack.Source.Sha256}){(pack.Source.Template is { } t ? $", template {t}" : string.Empty)}");
        output.WriteLine($"  approval:      {ParameterText.Describe(pack.Approval)}");
        if (pack.ResponsibleCommittee is { } committee)
        {
            output.WriteLine($"  committee:     {committee}");
        }

        output.WriteLine($"  review:        {ParameterText.Describe(pack.Review)}");
        output.WriteLine($"  next review:   {view.NextReview?.ToString() ?? "no review cycle set"}");
        output.WriteLine($"  bound roles:   {ParameterText.Describe(pack.BoundRoles)}");
        if (pack.RoleAliases.Count > 0)
        {
            output.WriteLine($"  role aliases:  {string.Join("; ", pack.RoleAliases.Select(a => $"{a.Alias} ⇒ {YamlNaming.Kebab(a.Role)}"))}");
        }

        if (pack.RelatedPolicies.Count > 0)
        {
            output.WriteLine($"  related:       {string.Join("; ", pack.RelatedPolicies.Select(r => r.TakesPrecedence ? r.Name + " (takes precedence)" : r.Name))}");
        }

        if (pack.ChangeHistory.Count > 0)
        {
            output.WriteLine("  change history:");
            foreach (var entry in pack.ChangeHistory)
            {
                output.WriteLine($"    {entry.Version,-8} {entry.Date?.ToString() ?? "(undated)",-10} {entry.Author ?? string.Empty} — {entry.Details}");
            }
        }

        output.WriteLine();
        output.WriteLine("Parameters (CLAUSES.md §3):");
        foreach (var answer in view.Parameters)
        {
            output.WriteLine($"  {answer.Number,2}. {answer.Question} [{answer.Parameter}]");
            output.WriteLine($"      {answer.Answer ?? Silent}{Cites(answer.Clauses)}");
        }

        foreach (var group in view.ClausesByKind)
        {
            output.WriteLine();
            output.WriteLine($"{Capitalise(YamlNaming.Kebab(group.Kind))} clauses ({group.Clauses.Count}):");
            foreach (var clause in group.Clauses)
            {
                var verdict = clause.Verdict is { } v ? $" → {YamlNaming.Kebab(v)}" : string.Empty;
                var severity = clause.Severity is { } sev ? $" ({YamlNaming.Kebab(sev)})" : string.Empty;
                output.WriteLine($"  {clause.Id} [{YamlNaming.Kebab(clause.Enforce)}{verdict}{severity}] {clause.Summary}");
                if (clause.Ambiguity is { } ambiguity)
                {
                    output.WriteLine($"      ⚠ {ambiguity}");
                }
            }
        }

        if (view.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Warnings ({view.Warnings.Count}):");
            WriteDiagnostics(output, view.Warnings, "warning");
        }
    }

    public static void WriteValidation(TextWriter output, ValidatePack.Report report)
    {
        WriteDiagnostics(output, report.Errors, "error");
        WriteDiagnostics(output, report.Warnings, "warning");
        output.WriteLine(report.Valid
            ? $"valid: pack '{report.PackId}' with {report.ClauseCount} clauses, {report.Warnings.Count} warning(s)"
            : $"invalid: {report.Errors.Count} error(s); the pack was not loaded");
    }

    public static void WriteComparison(TextWriter output, ComparePacks.Comparison comparison)
    {
        var width = comparison.PackIds.Max(id => id.Length);
        foreach (var row in comparison.Rows)
        {
            output.WriteLine($"{row.Number,2}. {row.Question} [{row.Parameter}]");
            foreach (var cell in row.Cells)
            {
                output.WriteLine($"    {cell.PackId.PadRight(width)}  {cell.Answer ?? "—"}{Cites(cell.Clauses)}");
            }
        }
    }

    public static void WriteDiagnostics(TextWriter writer, IEnumerable<PackDiagnostic> diagnostics, string severity)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{d.Source}:{d.Line}:{d.Column}: {severity}: {d.Message}");
        }
    }

    private static string Cites(IReadOnlyList<string> clauses) => clauses.Count == 0 ? string.Empty : $"  [{string.Join(", ", clauses)}]";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static void WriteTable(TextWriter output, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
    }
}
