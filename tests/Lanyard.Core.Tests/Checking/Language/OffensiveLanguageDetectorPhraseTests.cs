using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Language;

namespace Lanyard.Core.Tests.Checking.Language;

/// <summary>
/// Multi-word lexicon phrases under the same disguises as single words: each case is the post and
/// the phrase exactly as it appears in it, which is the span the detection must report.
/// </summary>
public class OffensiveLanguageDetectorPhraseTests
{
    private static readonly OffensiveLanguageDetector Detector = new();

    [Theory]
    [InlineData("kiiiill you", "kiiiill you")]
    [InlineData("KILL YOUUUUU!!!", "KILL YOUUUUU")]
    [InlineData("i hooope yoooou dieeee", "i hooope yoooou dieeee")]
    [InlineData("gonnnnna staaab yooou", "gonnnnna staaab yooou")]
    [InlineData("you shoulddddd die", "you shoulddddd die")]
    public void Detect_StretchedThreatPhrase_FindsThreat(string text, string phrase) =>
        AssertSingleThreat(text, phrase);

    [Theory]
    [InlineData("k1ll y0u", "k1ll y0u")]
    [InlineData("ki1l you", "ki1l you")]
    [InlineData("I w1ll k!ll y0u", "I w1ll k!ll y0u")]
    [InlineData("watch y0ur b4ck", "watch y0ur b4ck")]
    [InlineData("i kn0w wh3r3 y0u l1v3", "i kn0w wh3r3 y0u l1v3")]
    [InlineData("you d3serve to d1e", "you d3serve to d1e")]
    public void Detect_LeetspeakThreatPhrase_FindsThreat(string text, string phrase) =>
        AssertSingleThreat(text, phrase);

    [Theory]
    [InlineData("k i l l  you", "k i l l  you")]
    [InlineData("kill   y.o.u", "kill   y.o.u")]
    [InlineData("K I L L   Y O U", "K I L L   Y O U")]
    [InlineData("k.i.l.l.y.o.u", "k.i.l.l.y.o.u")]
    [InlineData("w-a-t-c-h your back", "w-a-t-c-h your back")]
    [InlineData("Y O U   R E   D E A D", "Y O U   R E   D E A D")]
    [InlineData("I'm going to kill you", "I'm going to kill you")]
    [InlineData("we'll b.u.r.n the school down", "b.u.r.n the school down")]
    public void Detect_SpeltOutThreatPhraseWord_FindsThreat(string text, string phrase) =>
        AssertSingleThreat(text, phrase);

    [Theory]
    [InlineData("k*ll you", "k*ll you")]
    [InlineData("kill y*u", "kill y*u")]
    [InlineData("st*b you", "st*b you")]
    public void Detect_WildcardThreatPhraseWord_FindsThreat(string text, string phrase) =>
        AssertSingleThreat(text, phrase);

    [Theory]
    [InlineData("ki\u200Bll y\u200Dou", "ki\u200Bll y\u200Dou")]
    [InlineData("k\u0456ll \u0443ou", "k\u0456ll \u0443ou")]
    [InlineData("KÍLL YÖU", "KÍLL YÖU")]
    [InlineData("\uFF4B\uFF49\uFF4C\uFF4C \uFF59\uFF4F\uFF55", "\uFF4B\uFF49\uFF4C\uFF4C \uFF59\uFF4F\uFF55")]
    [InlineData("kill\n\nyou", "kill\n\nyou")]
    [InlineData("kill 🔪 you", "kill 🔪 you")]
    public void Detect_InvisibleOrLookAlikeCharactersInThreatPhrase_FindsThreat(string text, string phrase) =>
        AssertSingleThreat(text, phrase);

    [Theory]
    [InlineData("go b4ck to y0ur own c0untry", "go b4ck to y0ur own c0untry", FindingCategory.IdentityAttack)]
    [InlineData("p1ece of shiiiit", "p1ece of shiiiit", FindingCategory.Profanity)]
    [InlineData("s e n d  nudes", "s e n d  nudes", FindingCategory.Sexual)]
    [InlineData("what a w.a.s.t.e of space", "w.a.s.t.e of space", FindingCategory.Insult)]
    public void Detect_DisguisedPhraseOfAnyCategory_FindsItsCategory(string text, string phrase, string category)
    {
        var detection = Run(text).ShouldHaveSingleItem();

        detection.Category.ShouldBe(category);
        text.Substring(detection.Start, detection.Length).ShouldBe(phrase);
    }

    [Fact]
    public void Detect_SpeltWordsWithWiderGapsBetween_FindsEachListedWord()
    {
        const string Text = "f u c k   y o u";

        var detection = Run(Text).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Profanity);
        Text.Substring(detection.Start, detection.Length).ShouldBe("f u c k");
    }

    [Theory]
    [InlineData("Year 5 met D.i.c.k Turpin at the museum")]
    [InlineData("Diiick Turpin rode to York")]
    [InlineData("spotted d1ck and custard")]
    [InlineData("K1ll you with kindness week")]
    [InlineData("The c0ck a d00dle d00 song")]
    public void Detect_DisguisedAllowedPhrase_FindsNothing(string text) =>
        Run(text).ShouldBeEmpty();

    [Theory]
    [InlineData("k i l l   y o u.  ", 12_000)]
    [InlineData("i ", 50_000)]
    [InlineData("k*ll y*u ", 10_000)]
    [InlineData("kiiiill yoooou ", 6_000)]
    public void Detect_RepeatedDisguisedPhrases_FindsEveryOneInsideTheText(string phrase, int repeats)
    {
        var text = string.Concat(Enumerable.Repeat(phrase, repeats));

        var detections = Run(text);

        detections.ShouldAllBe(d => d.Start >= 0 && d.Length > 0 && d.Start + d.Length <= text.Length);
        if (phrase != "i ")
        {
            detections.Count.ShouldBe(repeats);
        }
    }

    private static void AssertSingleThreat(string text, string phrase)
    {
        var detection = Run(text).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Threat);
        text.Substring(detection.Start, detection.Length).ShouldBe(phrase);
        detection.Suggestion.ShouldBeNull();
    }

    private static List<Detection> Run(string text)
    {
        var detections = new List<Detection>();
        Detector.Detect(text, detections);
        return detections;
    }
}
