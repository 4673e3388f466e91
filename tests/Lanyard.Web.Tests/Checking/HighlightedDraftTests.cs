using System.Text.Encodings.Web;
using Lanyard.Core.Checking;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Web.Checking;

namespace Lanyard.Web.Tests.Checking;

/// <summary>The draft cut into runs at every finding's span, and its HTML: encoded, marked, and linked to each finding.</summary>
public class HighlightedDraftTests
{
    private static readonly PolicyPack Pack = BuiltInPacks.Get("heathcoat");

    private static HighlightedDraft Highlight(string text, params Finding[] findings)
    {
        var result = new CheckResult(Verdict.Block, Pack.Id, Pack.Version, findings, null, []);
        return HighlightedDraft.Build(text, ReportedFinding.From(result, Pack, new Draft { Text = text }));
    }

    private static Finding At(int start, int length, Verdict verdict = Verdict.Block, string category = FindingCategory.PupilName) =>
        new("test", category, "heathcoat.staff.09", start, length, verdict, null, "found");

    [Fact]
    public void Build_OverlappingSpans_CutsRunsThatKnowEveryFindingCoveringThem()
    {
        //                    0123456789012345678901234
        var draft = Highlight("Ollie Bennett rang 07700", At(0, 13), At(6, 18, Verdict.Warn));

        draft.Runs.Select(r => $"{draft.Text.Substring(r.Start, r.Length)}|{string.Join(",", r.Covering.Select(f => f.Number))}")
            .ShouldBe(["Ollie |1", "Bennett|1,2", " rang 07700|2"]);
        draft.Runs[1].Ending.Select(f => f.Number).ShouldBe([1]);
        draft.Runs[2].Ending.Select(f => f.Number).ShouldBe([2]);
    }

    [Fact]
    public void ToHtml_OverlappingSpans_MarksEachRunInItsStrictestColourWithOneReferencePerFinding()
    {
        var draft = Highlight("Ollie Bennett rang 07700", At(0, 13), At(6, 18, Verdict.Warn));

        draft.ToHtml(HtmlEncoder.Default).ShouldBe(
            "<mark class=\"hl hl-block\" id=\"finding-1-text\">Ollie </mark>"
            + "<mark class=\"hl hl-block\" data-overlap=\"2\" id=\"finding-2-text\">Bennett</mark>"
            + "<a class=\"hl-ref\" href=\"#finding-1\" aria-label=\"Finding 1: Pupil named, block\">1</a>"
            + "<mark class=\"hl hl-warn\"> rang 07700</mark>"
            + "<a class=\"hl-ref\" href=\"#finding-2\" aria-label=\"Finding 2: Pupil named, warn\">2</a>");
    }

    [Fact]
    public void ToHtml_TwoSpansStartingTogether_GivesEachAnAnchorInTheText()
    {
        var html = Highlight("Ollie Bennett won", At(0, 5), At(0, 13)).ToHtml(HtmlEncoder.Default);

        html.ShouldStartWith("<span class=\"hl-anchor\" id=\"finding-2-text\"></span><mark class=\"hl hl-block\" data-overlap=\"2\" id=\"finding-1-text\">Ollie</mark>");
    }

    [Fact]
    public void ToHtml_EncodesEveryCharacterOfTheText()
    {
        var html = Highlight("<b>Ollie</b> & \"friends\"", At(3, 5)).ToHtml(HtmlEncoder.Default);

        html.ShouldBe("&lt;b&gt;<mark class=\"hl hl-block\" id=\"finding-1-text\">Ollie</mark>"
            + "<a class=\"hl-ref\" href=\"#finding-1\" aria-label=\"Finding 1: Pupil named, block\">1</a>&lt;/b&gt; &amp; &quot;friends&quot;");
    }

    [Fact]
    public void Build_SpansAreUtf16IndicesOfTheOriginalText()
    {
        // The emoji is two UTF-16 code units, so "Ollie" starts at 3, not 2.
        var draft = Highlight("🎨 Ollie painted", At(3, 5));

        var marked = draft.Runs.Single(r => r.Covering.Count > 0);
        marked.Start.ShouldBe(3);
        draft.Text.Substring(marked.Start, marked.Length).ShouldBe("Ollie");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(40, 3)]
    [InlineData(-1, 3)]
    public void Build_FindingOutsideTheText_MarksNothing(int start, int length)
    {
        var draft = Highlight("Sports day", At(start, length));

        draft.Runs.ShouldHaveSingleItem().Covering.ShouldBeEmpty();
        draft.ToHtml(HtmlEncoder.Default).ShouldBe("Sports day");
    }

    [Fact]
    public void Build_SpanPastTheEnd_IsCutAtTheEnd()
    {
        var draft = Highlight("Hi Ollie", At(3, 50));

        var marked = draft.Runs.Single(r => r.Covering.Count > 0);
        draft.Text.Substring(marked.Start, marked.Length).ShouldBe("Ollie");
    }

    [Fact]
    public void Build_ToneOfTheWholePost_IsNotMarked()
    {
        var draft = Highlight("You are all useless", At(0, 19, category: FindingCategory.Offensive), At(12, 7));

        draft.Runs.Select(r => draft.Text.Substring(r.Start, r.Length)).ShouldBe(["You are all ", "useless"]);
        draft.Runs[1].Covering.Select(f => f.Number).ShouldBe([2]);
    }

    [Fact]
    public void Build_AnotherFindingThatHappensToBeTheWholeText_IsMarked()
    {
        var draft = Highlight("Ollie", At(0, 5));

        draft.Runs.ShouldHaveSingleItem().Covering.Select(f => f.Number).ShouldBe([1]);
    }
}
