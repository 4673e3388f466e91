using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Core.Tests.Checking.Language.Classifier;

public class TrainClassifierTests
{
    private static readonly ClassifierTrainingOptions SmallOptions = new()
    {
        Seed = 7,
        Epochs = 5,
        TestFraction = 0.25,
        ValidationFraction = 0.2,
        Features = new ClassifierFeatureSettings(14, 2, 3, 5),
    };

    /// <summary>A synthetic set: insults aimed at "you" against friendly school news, with shared filler words.</summary>
    private static List<LabelledText> Synthetic()
    {
        string[] insults = ["idiot", "moron", "loser", "scumbag", "creep", "dimwit"];
        string[] praise = ["wonderful", "brilliant", "lovely", "fantastic", "splendid", "amazing"];
        string[] things = ["assembly", "trip", "concert", "match", "fair", "play", "lesson"];
        var examples = new List<LabelledText>();
        for (var i = 0; i < 420; i++)
        {
            var thing = things[i % things.Length];
            examples.Add(i % 2 == 0
                ? new LabelledText($"you are a total {insults[i % insults.Length]} after the {thing}", true)
                : new LabelledText($"what a {praise[i % praise.Length]} {thing} today", false));
        }

        return examples;
    }

    private static byte[] Bytes(ClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Handle_SyntheticSet_IsLearned()
    {
        var result = TrainClassifier.Handle(Synthetic(), SmallOptions);

        result.TestCount.ShouldBe(105);
        result.ValidationCount.ShouldBe(63);
        result.FitCount.ShouldBe(252);
        result.Test.MacroF1.ShouldBe(1.0);
        result.Model.Probability("you are a total creep").ShouldBeGreaterThan(result.Model.Threshold);
        result.Model.Probability("what a splendid concert").ShouldBeLessThan(result.Model.Threshold);
    }

    [Fact]
    public void Handle_SameDataAndSeed_WritesIdenticalBytes()
    {
        var first = Bytes(TrainClassifier.Handle(Synthetic(), SmallOptions).Model);
        var second = Bytes(TrainClassifier.Handle(Synthetic(), SmallOptions).Model);

        second.ShouldBe(first);
    }

    [Fact]
    public void Handle_AnotherSeed_GivesDifferentWeights()
    {
        var first = Bytes(TrainClassifier.Handle(Synthetic(), SmallOptions).Model);
        var other = Bytes(TrainClassifier.Handle(Synthetic(), SmallOptions with { Seed = 8 }).Model);

        other.ShouldNotBe(first);
    }

    [Fact]
    public void HeldOut_IsTheTestPartHandleNeverFits()
    {
        var examples = Synthetic().Select((e, i) => e with { Text = e.Text + " n" + i }).ToList();

        var heldOut = TrainClassifier.HeldOut(examples, SmallOptions);

        heldOut.Count.ShouldBe(TrainClassifier.Handle(examples, SmallOptions).TestCount);
        heldOut.Distinct().Count().ShouldBe(heldOut.Count);
        TrainClassifier.HeldOut(examples, SmallOptions).ShouldBe(heldOut);
    }

    [Fact]
    public void Handle_OneClassOnly_Throws()
    {
        var onlyOffensive = Synthetic().Where(e => e.Offensive).ToList();

        Should.Throw<ArgumentException>(() => TrainClassifier.Handle(onlyOffensive, SmallOptions)).Message.ShouldContain("both classes");
    }

    [Fact]
    public void ClassMetrics_FromCounts_ComputesPrecisionRecallAndF1()
    {
        var metrics = ClassMetrics.From("x", truePositives: 8, falsePositives: 2, falseNegatives: 8);

        metrics.Precision.ShouldBe(0.8);
        metrics.Recall.ShouldBe(0.5);
        metrics.F1.ShouldBe(2 * 0.8 * 0.5 / 1.3, 1e-12);
        metrics.Support.ShouldBe(16);
    }
}
