using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Web.Checking;

/// <summary>
/// The draft's text cut into runs at every boundary of a highlighted finding, so overlapping spans
/// need no nested marks: each run knows every finding that covers it. Rendered as HTML, a covered
/// run is a <c>&lt;mark&gt;</c> in the colour of its strictest finding, and where a finding's span
/// ends a numbered link leads to it in the list of findings, named for screen readers.
/// </summary>
internal sealed class HighlightedDraft
{
    private HighlightedDraft(string text, IReadOnlyList<Run> runs)
    {
        Text = text;
        Runs = runs;
    }

    /// <summary>The text as checked.</summary>
    public string Text { get; }

    /// <summary>The runs, in order, covering the whole text.</summary>
    public IReadOnlyList<Run> Runs { get; }

    /// <summary>Cuts <paramref name="text"/> at the spans of the findings that are highlighted.</summary>
    public static HighlightedDraft Build(string text, IReadOnlyList<ReportedFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var marked = findings.Where(f => f.Highlighted).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var finding in marked)
        {
            cuts.Add(finding.Span!.Value.Start.Value);
            cuts.Add(finding.Span!.Value.End.Value);
        }

        var runs = new List<Run>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            var covering = marked.Where(f => f.Span!.Value.Start.Value <= start && f.Span!.Value.End.Value >= end).ToList();
            var ending = covering.Where(f => f.Span!.Value.End.Value == end).ToList();
            var starting = covering.Where(f => f.Span!.Value.Start.Value == start).ToList();
            runs.Add(new Run(start, end - start, covering, starting, ending));
        }

        return new HighlightedDraft(text, runs);
    }

    /// <summary>The text as HTML: every character encoded, covered runs marked, references after each span.</summary>
    public string ToHtml(HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var html = new StringBuilder(Text.Length + (Runs.Count * 96));
        foreach (var run in Runs)
        {
            var text = encoder.Encode(Text.Substring(run.Start, run.Length));
            if (run.Covering.Count == 0)
            {
                html.Append(text);
                continue;
            }

            // Where two spans start together the mark carries the first one's id; the others get an
            // empty anchor each, so every finding in the list can link back to its place in the text.
            foreach (var finding in run.Starting.Skip(1))
            {
                html.Append("<span class=\"hl-anchor\" id=\"").Append(finding.TextAnchor).Append("\"></span>");
            }

            var strictest = run.Covering.Max(f => f.Finding.Verdict);
            html.Append("<mark class=\"hl hl-").Append(YamlNaming.Kebab(strictest)).Append('"');
            if (run.Covering.Count > 1)
            {
                html.Append(" data-overlap=\"").Append(run.Covering.Count.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            if (run.Starting.Count > 0)
            {
                html.Append(" id=\"").Append(run.Starting[0].TextAnchor).Append('"');
            }

            html.Append('>').Append(text).Append("</mark>");
            foreach (var finding in run.Ending)
            {
                html.Append("<a class=\"hl-ref\" href=\"#").Append(finding.Anchor).Append("\" aria-label=\"")
                    .Append(encoder.Encode($"Finding {finding.Number}: {finding.Label}, {YamlNaming.Kebab(finding.Finding.Verdict)}"))
                    .Append("\">").Append(finding.Number.ToString(CultureInfo.InvariantCulture)).Append("</a>");
            }
        }

        return html.ToString();
    }

    /// <summary>One run of text: every finding covering all of it, those starting and those ending with it.</summary>
    /// <param name="Start">Start in the text.</param>
    /// <param name="Length">Length.</param>
    /// <param name="Covering">Findings covering it.</param>
    /// <param name="Starting">Findings whose span starts here.</param>
    /// <param name="Ending">Findings whose span ends here.</param>
    internal sealed record Run(int Start, int Length, IReadOnlyList<ReportedFinding> Covering, IReadOnlyList<ReportedFinding> Starting, IReadOnlyList<ReportedFinding> Ending);
}
