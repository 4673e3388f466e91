using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Language;

namespace Lanyard.Core.Tests.Checking.Language;

public class OffensiveLanguageLexiconTests
{
    [Theory]
    [InlineData("fuck", FindingCategory.Profanity)]
    [InlineData("Fück", FindingCategory.Profanity)]
    [InlineData("wanker", FindingCategory.Insult)]
    [InlineData("bellend", FindingCategory.Profanity)]
    [InlineData("tosser", FindingCategory.Insult)]
    [InlineData("twat", FindingCategory.Insult)]
    [InlineData("slag", FindingCategory.Insult)]
    [InlineData("paki", FindingCategory.IdentityAttack)]
    [InlineData("I know where you live", FindingCategory.Threat)]
    [InlineData("kill you", FindingCategory.Threat)]
    [InlineData("burn the school", FindingCategory.Threat)]
    [InlineData("watch your back", FindingCategory.Threat)]
    [InlineData("blowjob", FindingCategory.Sexual)]
    [InlineData("g-spot", FindingCategory.Sexual)]
    public void CategoryOf_ListedTerm_ReturnsItsCategory(string term, string category) =>
        OffensiveLanguageLexicon.Default.CategoryOf(term).ShouldBe(category);

    [Theory]
    [InlineData("hooker")]
    [InlineData("tits")]
    [InlineData("sexuality")]
    [InlineData("swastika")]
    [InlineData("xxx")]
    [InlineData("Dick Turpin")]
    [InlineData("assessment")]
    [InlineData("gay")]
    [InlineData("muslim")]
    public void CategoryOf_UnlistedNoneOrAllowedTerm_ReturnsNull(string term) =>
        OffensiveLanguageLexicon.Default.CategoryOf(term).ShouldBeNull();

    [Fact]
    public void ShippedLexicon_AssignsEveryLdnoobwEntryByHand()
    {
        var source = OffensiveLanguageLexicon.ReadResource(OffensiveLanguageLexicon.SourceResourceName)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var listed = OffensiveLanguageLexicon.ReadResource(OffensiveLanguageLexicon.ResourceName)
            .Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t')[0])
            .ToHashSet(StringComparer.Ordinal);

        source.Length.ShouldBe(403);
        source.Where(term => !listed.Contains(term)).ShouldBeEmpty();
    }

    [Fact]
    public void ShippedLexicon_HasEveryCategory()
    {
        var lexicon = OffensiveLanguageLexicon.Default;

        lexicon.Count.ShouldBeGreaterThan(400);
        lexicon.CategoryOf("shit").ShouldBe(FindingCategory.Profanity);
        lexicon.CategoryOf("bastard").ShouldBe(FindingCategory.Insult);
        lexicon.CategoryOf("nigger").ShouldBe(FindingCategory.IdentityAttack);
        lexicon.CategoryOf("kill yourself").ShouldBe(FindingCategory.Threat);
        lexicon.CategoryOf("porn").ShouldBe(FindingCategory.Sexual);
    }

    [Theory]
    [InlineData("word", "expected term")]
    [InlineData("word\tnasty", "unknown category")]
    [InlineData("!!!\tprofanity", "normalises to nothing")]
    [InlineData("word\tprofanity\nWORD\tinsult", "already listed")]
    public void Parse_MalformedLine_ThrowsNamingTheProblem(string tsv, string problem)
    {
        var error = Should.Throw<FormatException>(() => OffensiveLanguageLexicon.Parse(tsv));

        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndNone_AreSkipped()
    {
        var lexicon = OffensiveLanguageLexicon.Parse("# comment\n\nbadword\tprofanity\r\nbirdword\tnone\tan innocent use\n");

        lexicon.Count.ShouldBe(1);
        lexicon.CategoryOf("BADWORD").ShouldBe(FindingCategory.Profanity);
        lexicon.CategoryOf("birdword").ShouldBeNull();
    }
}
