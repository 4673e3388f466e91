using Lanyard.Core.Checking;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Cli.Checking;

/// <summary>A check result for a terminal: the verdict, then each finding with its clause and span.</summary>
internal static class CheckText
{
    public static void Write(TextWriter output, CheckResult result, string text)
    {
        output.WriteLine($"{YamlNaming.Kebab(result.Verdict).ToUpperInvariant()} under {result.PackId} (version {result.PackVersion}){(result.Score is { } s ? $", classifier score {s:0.00}" : string.Empty)}");
        foreach (var note in result.Notes)
        {
            output.WriteLine($"  note: {note}");
        }

        foreach (var f in result.Findings)
        {
            var where = f.Length > 0 ? $" at {f.Start}+{f.Length}" : f.Subject is { } subject ? $" ({subject})" : string.Empty;
            var severity = f.Severity is { } sev ? $", {YamlNaming.Kebab(sev)}" : string.Empty;
            output.WriteLine($"  {YamlNaming.Kebab(f.Verdict)}: {f.Category}{where} [{f.ClauseId ?? "no clause"}{severity}] {f.Message}");
            if (f.Suggestion is { Length: > 0 } suggestion)
            {
                output.WriteLine($"      suggestion: {suggestion}");
            }
        }

        if (result.Findings.Count == 0)
        {
            output.WriteLine("  no findings");
        }
    }
}
