using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Core.Tests.Checking.Language.Classifier;

public class FeatureHashingTests
{
    /// <summary>" hello " under the default settings: the padded 4-grams " hel", "hell", "ello", "llo ", then the word.</summary>
    private static readonly int[] GoldenHello = [118981, 250200, 149687, 5890, 51063];

    private static readonly ClassifierFeatureSettings ThreeToFiveGrams = new(18, 2, 3, 5);

    private static int[] Buckets(string normalised, ClassifierFeatureSettings settings)
    {
        var buckets = new int[FeatureHashing.MaxFeatures(normalised.Length, settings)];
        var count = FeatureHashing.WriteBuckets(normalised, settings, buckets);
        return buckets[..count];
    }

    [Fact]
    public void WriteBuckets_CountsWordsBigramsAndPaddedCharacterNgrams()
    {
        // " ab cd ": words ab, cd; one bigram; per padded word " ab " (4 chars): 2 trigrams + 1 four-gram.
        Buckets(" ab cd ", ThreeToFiveGrams).Length.ShouldBe(2 + 1 + (2 * 3));
    }

    [Fact]
    public void WriteBuckets_DefaultSettings_HashPadded4GramsWordsAndBigrams()
    {
        // " ab cd ": words ab, cd; one bigram; one 4-gram per padded word.
        Buckets(" ab cd ", ClassifierFeatureSettings.Default).Length.ShouldBe(2 + 1 + 2);
    }

    [Fact]
    public void WriteBuckets_IsStableAcrossProcesses()
    {
        // Pinned values: if these change, every shipped model silently means something else.
        Buckets(" hello ", ClassifierFeatureSettings.Default).ShouldBe(GoldenHello);
    }

    [Fact]
    public void WriteBuckets_SameNgramInAnotherWord_HashesTheSame()
    {
        // The rolling window must forget the previous word and the characters before an n-gram.
        var hello = Buckets(" hello ", ThreeToFiveGrams);
        var shell = Buckets(" the shell ", ThreeToFiveGrams);

        hello.Intersect(shell).Count().ShouldBe(3); // "hel", "hell", "ell"
        Buckets(" hello ", ClassifierFeatureSettings.Default).Intersect(Buckets(" a shell ", ClassifierFeatureSettings.Default)).ShouldHaveSingleItem();
    }

    [Fact]
    public void WriteBuckets_StaysInsideTheBucketRange()
    {
        var settings = new ClassifierFeatureSettings(10, 2, 3, 5);

        Buckets(" the quick brown fox jumps over the lazy dog ", settings).ShouldAllBe(b => b >= 0 && b < 1024);
    }

    [Fact]
    public void WriteBuckets_CharactersBeyondTheBasicPlane_StayInsideTheBucketRange()
    {
        Buckets(" \uFFEE\u4E00\uD83D\uDE00 \u0416\u0436 ", ThreeToFiveGrams).ShouldAllBe(b => b >= 0 && b < ThreeToFiveGrams.BucketCount);
    }

    [Fact]
    public void Vectorise_IsL2Normalised()
    {
        var features = FeatureVectoriser.ForCurrentThread(ClassifierFeatureSettings.Default).Vectorise("you you you are lovely");
        var sum = 0.0;
        foreach (var value in features.Values)
        {
            sum += value * value;
        }

        sum.ShouldBe(1.0, 1e-5);
    }

    [Fact]
    public void Vectorise_TextWithNoWords_HasNoFeatures()
    {
        FeatureVectoriser.ForCurrentThread(ClassifierFeatureSettings.Default).Vectorise("!!! @someone http://t.co/x").Indices.Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("you you you are lovely")]
    [InlineData("Well done to Year 6 for a brilliant assembly this morning! #proud")]
    [InlineData("sooooo baaaad &amp; @someone RT http://t.co/x")]
    [InlineData("")]
    public void Logit_EqualsTheVectorDottedWithTheWeights(string text)
    {
        var model = OffensiveTextClassifier.ShippedModel;
        var vectoriser = FeatureVectoriser.ForCurrentThread(model.Settings);

        var logit = vectoriser.Logit(text, model.Weights, model.Bias);
        var dot = vectoriser.Vectorise(text).Logit(model.Weights, model.Bias);

        logit.ShouldBe(dot, 1e-5);
    }
}
