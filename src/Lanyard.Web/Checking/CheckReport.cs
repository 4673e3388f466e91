using Lanyard.Core.Checking;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Web.Checking;

/// <summary>
/// A checked post, ready to show or to send: the school and the pack it was judged under, the
/// result, every finding numbered with its clause, and the text cut into highlighted runs.
/// </summary>
internal sealed class CheckReport
{
    private CheckReport(Organisation school, PolicyPack pack, CheckResult result, Draft draft, int pupilsOnRoll)
    {
        School = school;
        Pack = pack;
        Result = result;
        Draft = draft;
        PupilsOnRoll = pupilsOnRoll;
        Findings = ReportedFinding.From(result, pack, draft);
        Highlight = HighlightedDraft.Build(draft.Text, Findings);
    }

    /// <summary>The school the post was checked for.</summary>
    public Organisation School { get; }

    /// <summary>The pack in force there.</summary>
    public PolicyPack Pack { get; }

    /// <summary>The result.</summary>
    public CheckResult Result { get; }

    /// <summary>The draft as checked.</summary>
    public Draft Draft { get; }

    /// <summary>How many pupils on roll the check looked for.</summary>
    public int PupilsOnRoll { get; }

    /// <summary>Every finding, numbered in text order.</summary>
    public IReadOnlyList<ReportedFinding> Findings { get; }

    /// <summary>The text with the findings' spans.</summary>
    public HighlightedDraft Highlight { get; }

    /// <summary>The findings that are not a part of the text (a photo, a tag, the whole post).</summary>
    public IEnumerable<ReportedFinding> FindingsOutsideTheText => Findings.Where(f => !f.Highlighted);

    /// <summary>The report of a successful check; null when the use case could not check the post.</summary>
    public static CheckReport? From(CheckSchoolPost.Result outcome, Draft draft)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(draft);
        return outcome is { Check: { } check, School: { Pack: { } pack } school }
            ? new CheckReport(school.School, pack, check, draft, outcome.PupilsOnRoll)
            : null;
    }

    /// <summary>The address of a clause on the pack's page.</summary>
    public string ClauseHref(string clauseId) => $"/packs/{Uri.EscapeDataString(Pack.Id)}#{Uri.EscapeDataString(clauseId)}";
}
