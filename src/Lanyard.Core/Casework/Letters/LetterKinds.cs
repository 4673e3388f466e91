using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework.Letters;

/// <summary>
/// Which letters a pack offers: one for each step of its parent-post ladder that is a letter
/// (request removal, invite to a meeting, written warning, report to the platform or ask the host
/// to remove). A pack with no ladder, or no such step, offers none: Chapmanslade names no written
/// warning, so Lanyard writes none for it.
/// </summary>
public static class LetterKinds
{
    /// <summary>The letters <paramref name="pack"/> offers, in ladder order, each once (at its first step).</summary>
    public static IReadOnlyList<LetterOffer> OfferedBy(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var offers = new List<LetterOffer>();
        foreach (var step in pack.Parameters.ParentPostEscalation?.Steps ?? [])
        {
            if (For(step.Step) is { } kind && offers.All(o => o.Kind != kind))
            {
                offers.Add(new LetterOffer(kind, step.Step, step.Clause));
            }
        }

        return offers;
    }

    /// <summary>The offer of <paramref name="kind"/> in <paramref name="pack"/>, or null when the pack does not offer it.</summary>
    public static LetterOffer? Find(PolicyPack pack, LetterKind kind) => OfferedBy(pack).FirstOrDefault(o => o.Kind == kind);

    /// <summary>The letter that carries out a ladder step, if the step is a letter.</summary>
    public static LetterKind? For(EscalationStepKind step) => step switch
    {
        EscalationStepKind.RequestRemoval => LetterKind.RemovalRequest,
        EscalationStepKind.InviteMeeting => LetterKind.MeetingInvitation,
        EscalationStepKind.WrittenWarning => LetterKind.WrittenWarning,
        EscalationStepKind.ReportToPlatform or EscalationStepKind.AskHostToRemove => LetterKind.PlatformRemovalRequest,
        _ => null,
    };

    /// <summary>The kind in kebab case, as files, URLs and the CLI write it.</summary>
    public static string Name(LetterKind kind) => WorkflowText.Kebab(kind);

    /// <summary>The kind parsed from its kebab-case name, or null.</summary>
    public static LetterKind? Parse(string? text) =>
        Enum.GetValues<LetterKind>().Select(k => (LetterKind?)k).FirstOrDefault(k => string.Equals(Name(k!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
