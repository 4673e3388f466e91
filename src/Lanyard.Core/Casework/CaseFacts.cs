using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>
/// What a case's entries say, read once for the procedure: flags, responses, factors, outcome, who was
/// told. Read with corrections applied (<see cref="CaseCorrections.Effective"/>): a corrected entry
/// counts with the corrected details, the correction itself is not counted again.
/// </summary>
internal sealed class CaseFacts
{
    public const string Resolved = "resolved";

    private CaseFacts(CaseFile file)
    {
        File = file;
        foreach (var entry in CaseCorrections.Effective(file))
        {
            foreach (var flag in CaseFlags.Parse(entry.Details.GetValueOrDefault(CaseDetails.Flags)))
            {
                FlaggedAt.TryAdd(flag, entry.At);
            }

            if (entry.Step == CaseStep.RecordEvidence && entry.Details.GetValueOrDefault(CaseDetails.IndecentImage) == "yes")
            {
                FlaggedAt.TryAdd(CaseFlags.Of(PoliceTriggerKind.IndecentImagesOfChildren), entry.At);
            }

            if (entry.Step == CaseStep.RecordResponse && entry.Details.GetValueOrDefault(CaseDetails.Response) is { } response)
            {
                Responses.Add(response);
            }

            if (entry.Step == CaseStep.RecordSeriousness)
            {
                Factors.UnionWith(entry.Details.Where(d => d.Key.StartsWith(CaseDetails.FactorPrefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(d.Value))
                    .Select(d => d.Key[CaseDetails.FactorPrefix.Length..]));
            }

            if (entry.Step == CaseStep.RecordNotified && entry.Details.GetValueOrDefault(CaseDetails.NotifiedRole) is { } role)
            {
                Notified.Add(role);
            }

            if (entry.Step == CaseStep.RecordOutcome)
            {
                Outcome = entry.Details.GetValueOrDefault(CaseDetails.Outcome);
                OutcomeAt = entry.At;
            }

            if (entry.Details.GetValueOrDefault(CaseDetails.BreachedClauses) is { } breached)
            {
                BreachedClauses = CaseFlags.Parse(breached);
            }
        }

        if (file.Case.Type == CaseType.IndecentImageEvidence)
        {
            FlaggedAt.TryAdd(CaseFlags.Of(PoliceTriggerKind.IndecentImagesOfChildren), file.Case.ReportedAt);
        }
    }

    public CaseFile File { get; }

    /// <summary>Each flag and when it was first raised.</summary>
    public Dictionary<string, DateTimeOffset> FlaggedAt { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Responses { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Factors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Notified { get; } = new(StringComparer.Ordinal);

    public string? Outcome { get; }

    public DateTimeOffset? OutcomeAt { get; }

    public IReadOnlyList<string> BreachedClauses { get; } = [];

    public static CaseFacts Of(CaseFile file) => new(file);

    public bool Has(CaseStep step) => File.Has(step);

    /// <summary>Whether an outcome value finds a breach (anything but "no-breach" or "resolved").</summary>
    public static bool IsBreachOutcome(string? outcome) =>
        outcome is not null and not Resolved and not "no-breach";
}
