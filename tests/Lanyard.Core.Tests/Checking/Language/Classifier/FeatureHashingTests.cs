using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Core.Tests.Checking.Language.Classifier;

public class FeatureHashingTests
{
    /// <summary>" hello ": the word, then the padded 3-, 4- and 5-grams from each position.</summary>
    private static readonly int[] GoldenHello = [110494, 104161, 127478, 253988, 225233, 43952, 238178, 130357, 10759, 129732, 252135, 64106, 108350];

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
        Buckets(" ab cd ", ClassifierFeatureSettings.Default).Length.ShouldBe(2 + 1 + (2 * 3));
    }

    [Fact]
    public void WriteBuckets_IsStableAcrossProcesses()
    {
        // Pinned values: if these change, every shipped model silently means something else.
        Buckets(" hello ", ClassifierFeatureSettings.Default).ShouldBe(GoldenHello);
    }

    [Fact]
    public void WriteBuckets_StaysInsideTheBucketRange()
    {
        var settings = new ClassifierFeatureSettings(10, 2, 3, 5);

        Buckets(" the quick brown fox jumps over the lazy dog ", settings).ShouldAllBe(b => b >= 0 && b < 1024);
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
}
