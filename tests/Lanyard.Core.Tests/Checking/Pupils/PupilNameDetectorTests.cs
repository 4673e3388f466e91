using Lanyard.Core.Checking.Pupils;

namespace Lanyard.Core.Tests.Checking.Pupils;

public class PupilNameDetectorTests
{
    private static readonly PupilNameDetector Detector = new(
    [
        new Pupil("P1", "Amy", null, "Smith"),
        new Pupil("P2", "Jack", null, "Reid"),
        new Pupil("P3", "Zoë", null, "Ó Briain"),
        new Pupil("P4", "William", "Will", "Jones"),
        new Pupil("P5", "Mary-Jane", null, "O'Neill"),
        new Pupil("P6", "Amy", null, "Patel"),
    ]);

    [Theory]
    [InlineData("Well done Amy Smith!", "Amy Smith", true, "P1")]
    [InlineData("well done amy smith", "amy smith", true, "P1")]
    [InlineData("AMY SMITH's drawing", "AMY SMITH's", true, "P1")]
    [InlineData("Proud of Year 2's Jack R today", "Jack R", true, "P2")]
    [InlineData("Zoe O Briain read aloud", "Zoe O Briain", true, "P3")]
    [InlineData("Zoë Ó Briain read aloud", "Zoë Ó Briain", true, "P3")]
    [InlineData("Will Jones scored", "Will Jones", true, "P4")]
    [InlineData("William Jones scored", "William Jones", true, "P4")]
    [InlineData("Mary-Jane O'Neill sang", "Mary-Jane O'Neill", true, "P5")]
    [InlineData("Amy’s painting", "Amy’s", false, "P1,P6")]
    public void Find_NamesOnTheRoster(string text, string span, bool fullName, string misIds)
    {
        var mention = Detector.Find(text).ShouldHaveSingleItem();

        text.Substring(mention.Start, mention.Length).ShouldBe(span);
        mention.FullName.ShouldBe(fullName);
        string.Join(",", mention.Candidates.Select(p => p.MisId)).ShouldBe(misIds);
    }

    [Theory]
    [InlineData("We will see you there")]
    [InlineData("Smith family fun day")]
    [InlineData("Amyl nitrate")]
    [InlineData("Jackson and Reid")]
    [InlineData("will")]
    [InlineData("")]
    public void Find_NotAPupil(string text)
    {
        Detector.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void Find_PathologicalInput_IsLinearAndSafe()
    {
        var text = "Amy" + new string('\u0301', 10_000) + " \uD800 \u202E Smith \u200B " + new string('x', 50_000);

        Should.CompleteIn(() => Detector.Find(text), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Find_TwoThousandPupilRoster_FindsTheRightOne()
    {
        // Letter-only synthetic names: Aab, Aac, … so every pupil has a distinct first and last name.
        static string Name(int i) => "A" + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26)) + (char)('a' + (i / 676));
        var roster = Enumerable.Range(0, 2000).Select(i => new Pupil($"M{i}", Name(i), null, Name(i) + "son")).ToList();
        var detector = new PupilNameDetector(roster);

        var mention = detector.Find($"Congratulations {Name(1234)} {Name(1234)}son on the award").ShouldHaveSingleItem();

        mention.Candidates.ShouldHaveSingleItem().MisId.ShouldBe("M1234");
    }
}
