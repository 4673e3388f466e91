using System.Globalization;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Cli.Packs;

/// <summary>The plain-text rendering of <see cref="DiffPacks"/>: + added, - removed, ~ changed, like a source diff.</summary>
internal static class PackDiffText
{
    private const string Absent = "(none)";

    public static void Write(TextWriter output, DiffPacks.Difference diff)
    {
        output.WriteLine($"{diff.Old.PackId} {Quote(diff.Old.Version)} → {diff.New.PackId} {Quote(diff.New.Version)}");
        if (!diff.SamePack)
        {
            output.WriteLine($"note: these are different packs ({diff.Old.PackId}, {diff.New.PackId}); clause ids carry the pack id, so every clause shows as removed and added.");
        }

        if (diff.Identical)
        {
            output.WriteLine("No differences: the two versions are the same clause for clause, parameter for parameter.");
            return;
        }

        WriteMetadata(output, diff.Metadata);
        WriteClauses(output, diff);
        WriteParameters(output, diff);

        output.WriteLine();
        output.WriteLine(diff.ClausesToReacknowledge.Count == 0
            ? "Staff re-acknowledge: nothing (no clause that stands in the new version changed)."
            : $"Staff re-acknowledge ({Count(diff.ClausesToReacknowledge.Count, "clause")}): {string.Join(", ", diff.ClausesToReacknowledge)}");
    }

    private static void WriteMetadata(TextWriter output, IReadOnlyList<DiffPacks.FieldChange> metadata)
    {
        if (metadata.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Metadata ({Count(metadata.Count, "change")}):");
        WriteFields(output, metadata, "  ");
    }

    private static void WriteClauses(TextWriter output, DiffPacks.Difference diff)
    {
        output.WriteLine();
        output.WriteLine($"Clauses: {diff.AddedClauses.Count} added, {diff.RemovedClauses.Count} removed, {diff.ChangedClauses.Count} changed");
        foreach (var clause in diff.AddedClauses)
        {
            output.WriteLine($"  + {clause.Id} [{YamlNaming.Kebab(clause.Kind)}, {YamlNaming.Kebab(clause.Enforce)}] {clause.Summary}");
        }

        foreach (var clause in diff.RemovedClauses)
        {
            output.WriteLine($"  - {clause.Id} {clause.Summary}");
        }

        foreach (var change in diff.ChangedClauses)
        {
            output.WriteLine($"  ~ {change.ClauseId}");
            WriteFields(output, change.Fields, "      ");
        }
    }

    private static void WriteParameters(TextWriter output, DiffPacks.Difference diff)
    {
        output.WriteLine();
        output.WriteLine($"Parameters: {diff.AddedParameters.Count} added, {diff.RemovedParameters.Count} removed, {diff.ChangedParameters.Count} changed");
        foreach (var parameter in diff.AddedParameters)
        {
            output.WriteLine($"  + {parameter.Key}{Cites(parameter.Clauses)}");
        }

        foreach (var parameter in diff.RemovedParameters)
        {
            output.WriteLine($"  - {parameter.Key}{Cites(parameter.Clauses)} (the new version is silent: no rule applies)");
        }

        foreach (var parameter in diff.ChangedParameters)
        {
            output.WriteLine($"  ~ {parameter.Key}{Cites(parameter.Clauses)}");
            WriteFields(output, parameter.Fields, "      ");
        }
    }

    private static void WriteFields(TextWriter output, IReadOnlyList<DiffPacks.FieldChange> fields, string indent)
    {
        foreach (var field in fields)
        {
            output.WriteLine($"{indent}{field.Field}: {field.Old ?? Absent} → {field.New ?? Absent}");
        }
    }

    private static string Quote(string version) => $"\"{version}\"";

    private static string Cites(IReadOnlyList<string> clauses) => clauses.Count == 0 ? string.Empty : $"  [{string.Join(", ", clauses)}]";

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
