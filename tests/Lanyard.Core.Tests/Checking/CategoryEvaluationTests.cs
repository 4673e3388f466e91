using Lanyard.Core.Checking;

namespace Lanyard.Core.Tests.Checking;

public class CategoryEvaluationTests
{
    private static CategoryEvaluation.Example Ex(string[] expected, string[] found) =>
        new(expected.ToHashSet(StringComparer.Ordinal), found.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Handle_CountsEachCategoryPerExample()
    {
        var scores = CategoryEvaluation.Handle(
        [
            Ex(["political"], ["political"]),
            Ex(["political"], []),
            Ex([], ["political"]),
            Ex(["commercial"], ["commercial"]),
            Ex([], []),
        ]).ToDictionary(s => s.Category);

        scores["political"].ShouldBe(new CategoryEvaluation.Score("political", 1, 1, 1));
        scores["political"].Precision.ShouldBe(0.5);
        scores["political"].Recall.ShouldBe(0.5);
        scores["political"].F1.ShouldBe(0.5);
        scores["commercial"].F1.ShouldBe(1.0);
    }

    [Fact]
    public void Score_NothingFoundOrExpected_IsZeroNotNaN()
    {
        var score = new CategoryEvaluation.Score("x", 0, 0, 0);

        (score.Precision, score.Recall, score.F1).ShouldBe((0d, 0d, 0d));
    }
}
