using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Content;

namespace Lanyard.Core.Tests.Checking.Content;

public class ColleagueCriticismDetectorTests
{
    private static readonly ColleagueCriticismDetector Detector = new(["Mr Brown", "Ms Patel", "Mrs Jones"]);

    private static List<Detection> Run(string text)
    {
        var found = new List<Detection>();
        Detector.Detect(text, found);
        return found;
    }

    // chapmanslade.behaviour.04: "Mr B can't control his class" → block; cambrian.acceptable-use.08: "Ms P is a terrible teacher" → block.
    [Theory]
    [InlineData("Honestly, Mr B can't control his class.", "Honestly, Mr B can't control his class.")]
    [InlineData("Ms P is a terrible teacher", "Ms P is a terrible teacher")]
    [InlineData("Great trip. Mrs Jones is useless though! Anyway.", "Mrs Jones is useless though!")]
    [InlineData("mr. brown should be sacked", "mr. brown should be sacked")]
    public void Detect_NamedColleagueDisparaged_ReportsTheSentence(string text, string sentence)
    {
        var found = Run(text).ShouldHaveSingleItem();

        text.Substring(found.Start, found.Length).ShouldBe(sentence);
        found.Category.ShouldBe(FindingCategory.ColleagueCriticism);
    }

    [Theory]
    [InlineData("Thanks Mr B for the trip")]
    [InlineData("Mrs Jones ran a brilliant assembly. The weather was terrible.")]
    [InlineData("The referee was useless today")]
    [InlineData("Mr Green is useless")]
    [InlineData("")]
    public void Detect_PraiseOrNoColleague_NothingFound(string text)
    {
        Run(text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_ManyNamesInOneHugeSentence_StaysLinear()
    {
        var text = string.Concat(Enumerable.Repeat("Mrs Jones and Mr Brown and ", 20_000)) + "a terrible day";

        Should.CompleteIn(() => Run(text).ShouldHaveSingleItem(), TimeSpan.FromSeconds(5));
    }
}
