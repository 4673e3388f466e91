using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// A printable evidence pack for one recipient: the case summary, the timeline and the evidence
/// list with hashes. Built purely from the case file; <see cref="EvidencePackMarkdown"/> renders it
/// for the CLI and the web renders it as HTML.
/// <para>
/// Each recipient sees only what it needs, decided here so that no host can leak more:
/// </para>
/// <list type="bullet">
/// <item><b>police</b>: everything, including internal notes, staff names and where physical
/// evidence is locked away and who holds the key (they may need to collect it);</item>
/// <item><b>LADO</b>: everything except where physical evidence is kept (that is for the police);</item>
/// <item><b>Professionals Online Safety Helpline</b>: an advice line, so the steps taken (without
/// notes or names), and the evidence's addresses, times and hashes (without descriptions, which
/// can name pupils);</item>
/// <item><b>platform takedown</b>: only the content: addresses, capture times, hashes and sizes. No
/// timeline, no summary in the reporter's words, no descriptions, no staff names.</item>
/// </list>
/// Evidence of indecent images of children is always listed as physical evidence held by the
/// school and not copied; only the police are told where it is.
/// </summary>
public sealed record EvidencePack
{
    /// <summary>What an indecent-image item is shown as.</summary>
    public const string NotCopied = "physical evidence held by the school; not copied";

    /// <summary>Who it is for.</summary>
    public required EvidencePackRecipient Recipient { get; init; }

    /// <summary>The school.</summary>
    public required string SchoolName { get; init; }

    /// <summary>The case reference (<see cref="CaseReference"/>).</summary>
    public required string Reference { get; init; }

    /// <summary>The case type, in kebab case.</summary>
    public required string CaseType { get; init; }

    /// <summary>What happened, in the reporter's words; null where the recipient is not given it.</summary>
    public string? Summary { get; init; }

    /// <summary>Where it happened (URL or platform), if recorded.</summary>
    public string? Location { get; init; }

    /// <summary>When it happened, if known.</summary>
    public DateTimeOffset? HappenedAt { get; init; }

    /// <summary>When it was reported.</summary>
    public required DateTimeOffset ReportedAt { get; init; }

    /// <summary>The policy pack the case is handled under.</summary>
    public required string PackId { get; init; }

    /// <summary>That pack's version when the case was reported.</summary>
    public required string PackVersion { get; init; }

    /// <summary>The case's stage, in kebab case.</summary>
    public required string Stage { get; init; }

    /// <summary>When the pack was generated.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Who generated it.</summary>
    public required string GeneratedBy { get; init; }

    /// <summary>The timeline, oldest first; empty for a platform.</summary>
    public required IReadOnlyList<EvidencePackEntry> Timeline { get; init; }

    /// <summary>The evidence list, oldest first.</summary>
    public required IReadOnlyList<EvidencePackItem> Evidence { get; init; }

    /// <summary>What was left out for this recipient, in plain English, so the reader knows the pack is partial.</summary>
    public required IReadOnlyList<string> Withheld { get; init; }

    /// <summary>Builds the pack for <paramref name="recipient"/>.</summary>
    public static EvidencePack Build(CaseFile file, string schoolName, EvidencePackRecipient recipient, DateTimeOffset generatedAt, string generatedBy)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(schoolName);
        ArgumentException.ThrowIfNullOrWhiteSpace(generatedBy);
        var view = View.For(recipient);
        var positions = file.Entries.Select((e, i) => (e.Id, Position: i + 1)).ToDictionary(p => p.Id, p => p.Position);
        var correctors = CaseCorrections.CorrectorsOf(file);
        return new EvidencePack
        {
            Recipient = recipient,
            SchoolName = schoolName.Trim(),
            Reference = CaseReference.Of(file.Case),
            CaseType = WorkflowText.Kebab(file.Case.Type),
            Summary = view.Summary ? file.Case.Summary : null,
            Location = file.Case.Location,
            HappenedAt = file.Case.HappenedAt,
            ReportedAt = file.Case.ReportedAt,
            PackId = file.Case.PackId,
            PackVersion = file.Case.PackVersion,
            Stage = WorkflowText.Kebab(file.Stage),
            GeneratedAt = generatedAt,
            GeneratedBy = generatedBy.Trim(),
            Timeline = view.Timeline
                ? [.. file.Entries.Select(e => new EvidencePackEntry(
                    e.At,
                    WorkflowText.Kebab(e.Step),
                    view.Names ? e.ByName : null,
                    e.ActingAs,
                    e.Clauses,
                    view.Notes ? e.Note : null,
                    e.Corrects is { } corrected && positions.TryGetValue(corrected, out var position) ? position : null)
                {
                    CorrectedBy = correctors.TryGetValue(e.Id, out var corrector) ? positions[corrector.Id] : null,
                })]
                : [],
            Evidence = [.. file.Evidence.Select((item, i) => ItemFor(item, i + 1, view))],
            Withheld = view.Withheld,
        };
    }

    private static EvidencePackItem ItemFor(EvidenceItem item, int number, View view)
    {
        var physical = item.IndecentImageOfChild || item.Kind == EvidenceKind.Physical;
        return new EvidencePackItem(
            "E" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            WorkflowText.Kebab(item.Kind),
            item.Url,
            item.CapturedAt,
            view.Names ? item.CapturedBy : null,
            view.Names ? item.HowCaptured : null,
            view.Descriptions ? item.Description : null,
            item.Sha256,
            item.SizeBytes,
            item.IndecentImageOfChild ? NotCopied : physical ? "physical evidence held by the school" : null,
            physical && view.PhysicalLocation ? item.StorageLocation : null,
            physical && view.PhysicalLocation ? item.KeyHolder : null);
    }

    private sealed record View(bool Summary, bool Timeline, bool Notes, bool Names, bool Descriptions, bool PhysicalLocation, IReadOnlyList<string> Withheld)
    {
        public static View For(EvidencePackRecipient recipient) => recipient switch
        {
            EvidencePackRecipient.Police => new(true, true, true, true, true, true, []),
            EvidencePackRecipient.Lado => new(true, true, true, true, true, false,
                ["where physical evidence is kept (available to the police)"]),
            EvidencePackRecipient.ProfessionalsOnlineSafetyHelpline => new(false, true, false, false, false, false,
                ["the report in the reporter's words", "internal notes", "staff names", "evidence descriptions", "where physical evidence is kept"]),
            EvidencePackRecipient.PlatformTakedown => new(false, false, false, false, false, false,
                ["the school's internal timeline and notes", "the report in the reporter's words", "staff names", "evidence descriptions", "where physical evidence is kept"]),
            _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, "Unknown recipient."),
        };
    }
}
