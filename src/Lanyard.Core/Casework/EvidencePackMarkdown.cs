using System.Globalization;
using System.Text;
using Lanyard.Core.Time;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>An evidence pack as Markdown (plain text that prints well), for the CLI and for attaching to an email.</summary>
public static class EvidencePackMarkdown
{
    /// <summary>Renders the pack. Times are UK clock time labelled BST or GMT (UkTime), as the school lived them, and read the same wherever the pack is printed.</summary>
    public static string Render(EvidencePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var text = new StringBuilder();
        text.Append("# Evidence pack ").Append(pack.Reference).Append(" for ").AppendLine(RecipientName(pack.Recipient));
        text.AppendLine();
        Line(text, "School", pack.SchoolName);
        Line(text, "Case", pack.Reference + " (" + pack.CaseType + ")");
        Line(text, "Happened", pack.HappenedAt is { } happened ? Time(happened) : "not known");
        Line(text, "Reported", Time(pack.ReportedAt));
        if (pack.Location is { } location)
        {
            Line(text, "Where", location);
        }

        Line(text, "Policy", pack.PackId + " version " + pack.PackVersion);
        Line(text, "Stage", pack.Stage);
        Line(text, "Generated", Time(pack.GeneratedAt) + " by " + pack.GeneratedBy);
        if (pack.Summary is { } summary)
        {
            text.AppendLine().AppendLine("## What was reported").AppendLine().AppendLine(summary.Trim());
        }

        if (pack.Recipient != EvidencePackRecipient.PlatformTakedown)
        {
            text.AppendLine().AppendLine("## Timeline").AppendLine();
            if (pack.Timeline.Count == 0)
            {
                text.AppendLine("Nothing recorded yet.");
            }

            foreach (var (entry, i) in pack.Timeline.Select((e, i) => (e, i + 1)))
            {
                text.Append(i.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Time(entry.At)).Append(" — ").Append(entry.Step);
                if (entry.By is { } by)
                {
                    text.Append(", by ").Append(by);
                }

                if (entry.ActingAs is { } role)
                {
                    text.Append(" as ").Append(WorkflowText.Kebab(role));
                }

                if (entry.Corrects is { } corrects)
                {
                    text.Append(" (corrects ").Append(corrects.ToString(CultureInfo.InvariantCulture)).Append(')');
                }

                if (entry.CorrectedBy is { } correctedBy)
                {
                    text.Append(" (corrected by ").Append(correctedBy.ToString(CultureInfo.InvariantCulture)).Append(')');
                }

                if (entry.Clauses.Count > 0)
                {
                    text.Append(" [").Append(string.Join(", ", entry.Clauses)).Append(']');
                }

                text.AppendLine();
                if (entry.Note is { } note && !string.IsNullOrWhiteSpace(note))
                {
                    text.Append("   ").AppendLine(OneLine(note));
                }
            }
        }

        text.AppendLine().AppendLine("## Evidence").AppendLine();
        if (pack.Evidence.Count == 0)
        {
            text.AppendLine("No evidence recorded.");
        }

        foreach (var item in pack.Evidence)
        {
            text.Append("### ").Append(item.Number).Append(": ").AppendLine(item.Kind).AppendLine();
            Optional(text, "Held", item.Held);
            Optional(text, "Address", item.Url);
            Optional(text, "Captured", item.CapturedAt is { } at ? Time(at) : "time not recorded");
            Optional(text, "Captured by", item.CapturedBy);
            Optional(text, "How", item.HowCaptured);
            Optional(text, "Shows", item.Description);
            Optional(text, "SHA-256", item.Sha256);
            Optional(text, "Size", item.SizeBytes is { } size ? size.ToString("N0", CultureInfo.InvariantCulture) + " bytes" : null);
            Optional(text, "Locked away at", item.StorageLocation);
            Optional(text, "Key holder", item.KeyHolder);
            text.AppendLine();
        }

        if (pack.Withheld.Count > 0)
        {
            text.Append("Not included for this recipient: ").Append(string.Join("; ", pack.Withheld)).AppendLine(".");
        }

        return text.ToString();
    }

    /// <summary>The recipient as a heading names it.</summary>
    public static string RecipientName(EvidencePackRecipient recipient) => recipient switch
    {
        EvidencePackRecipient.PlatformTakedown => "a platform takedown request",
        EvidencePackRecipient.Police => "the police",
        EvidencePackRecipient.Lado => "the LADO",
        EvidencePackRecipient.ProfessionalsOnlineSafetyHelpline => "the Professionals Online Safety Helpline",
        _ => WorkflowText.Kebab(recipient),
    };

    private static void Line(StringBuilder text, string label, string value) => text.Append("- **").Append(label).Append(":** ").AppendLine(OneLine(value));

    private static void Optional(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Line(text, label, value);
        }
    }

    private static string Time(DateTimeOffset at) => UkTime.Format(at, "yyyy-MM-dd HH:mm");

    // A note or description may span lines; kept on one so a line break cannot start a heading or list of its own.
    private static string OneLine(string text) => string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
