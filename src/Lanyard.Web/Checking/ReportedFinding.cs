using Lanyard.Core.Checking;
using Lanyard.Core.Policies;

namespace Lanyard.Web.Checking;

/// <summary>
/// One finding as the page shows it: numbered in text order, with the clause it cites looked up in
/// the pack, and where it is (a span of the text, or a photo, a tag, the audience).
/// </summary>
/// <param name="Number">1-based, in the order the check lists findings (text order).</param>
/// <param name="Finding">The finding.</param>
/// <param name="Clause">The clause it cites, when the pack has it.</param>
/// <param name="Span">Where it is in the text, clamped to the text; null when it is not a span of it.</param>
/// <param name="WholeText">True for the tone classifier's finding, whose span is always the whole text.</param>
/// <param name="Subject">
/// The photo's file name or the tag the finding is about, when it is one the sender gave. A pupil
/// finding's subject in the core is MIS ids, which stay in the school's registers, so it is not here.
/// </param>
internal sealed record ReportedFinding(int Number, Finding Finding, Clause? Clause, Range? Span, bool WholeText, string? Subject)
{
    /// <summary>The finding's element id on the page.</summary>
    public string Anchor => $"finding-{Number}";

    /// <summary>The id of the first highlight of its span in the text, when it has one.</summary>
    public string TextAnchor => $"finding-{Number}-text";

    /// <summary>True when the span is highlighted in the text (a part of it, not all of it).</summary>
    public bool Highlighted => Span is not null && !WholeText;

    /// <summary>The plain words for its category.</summary>
    public string Label => FindingWords.Label(Finding.Category);

    /// <summary>Builds the numbered findings of a result.</summary>
    public static IReadOnlyList<ReportedFinding> From(CheckResult result, PolicyPack pack, Draft draft)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(draft);
        var text = draft.Text;
        var named = new HashSet<string>(draft.Tags.Concat(draft.Photos.Select(p => p.FileName)), StringComparer.Ordinal);
        var reported = new List<ReportedFinding>(result.Findings.Count);
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var finding = result.Findings[i];
            var clause = finding.ClauseId is { } id ? pack.FindClause(id) : null;
            var span = SpanIn(finding, text.Length);
            // The tone classifier judges the post as a whole; marking all of it would hide the other spans.
            var whole = finding.Category == FindingCategory.Offensive && span is { } s && s.Start.Value == 0 && s.End.Value == text.Length;
            var subject = finding.Subject is { } given && named.Contains(given) ? given : null;
            reported.Add(new ReportedFinding(i + 1, finding, clause, span, whole, subject));
        }

        return reported;
    }

    // A detector's span is start and length in UTF-16 code units of the text as checked; a span that
    // reaches past the end is cut at the end, and one that starts past it (or is empty) is not in the text.
    private static Range? SpanIn(Finding finding, int textLength)
    {
        if (finding.Length <= 0 || finding.Start < 0 || finding.Start >= textLength)
        {
            return null;
        }

        var end = (int)Math.Min((long)finding.Start + finding.Length, textLength);
        return finding.Start..end;
    }
}
