namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// Which features the classifier hashes and into how many buckets. Stored in the model file, so a
/// model is always scored with the features it was trained on.
/// </summary>
public sealed record ClassifierFeatureSettings
{
    /// <summary>
    /// The settings the shipped model uses: 2^18 buckets, word uni- and bigrams, character 4-grams.
    /// Chosen on the validation slice, never the held-out part: 2^14 to 2^18 buckets with character
    /// 3–5-, 3–4-, 4- or 4–5-grams all scored within noise of one another, and 4-grams alone hash a
    /// third as much as 3–5-grams. Of those, this validated best while keeping every neutral identity
    /// sentence of the tests below the threshold and flagging no innocent look-alike of the lexicon
    /// tests that the earlier 3–5-gram model passed (2^16 and 2^17 put "Scunthorpe United" over it).
    /// </summary>
    public static ClassifierFeatureSettings Default { get; } = new(18, 2, 4, 4);

    /// <summary>Creates settings, checking that they describe a model this code can score.</summary>
    /// <param name="bucketBits">log2 of the bucket count, 10–24.</param>
    /// <param name="wordNgramMax">1 for word unigrams only, 2 to add bigrams.</param>
    /// <param name="charNgramMin">Shortest character n-gram, 2–<paramref name="charNgramMax"/>.</param>
    /// <param name="charNgramMax">Longest character n-gram, at most 5 (the rolling hash window's width).</param>
    public ClassifierFeatureSettings(int bucketBits, int wordNgramMax, int charNgramMin, int charNgramMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketBits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bucketBits, 24);
        ArgumentOutOfRangeException.ThrowIfLessThan(wordNgramMax, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordNgramMax, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(charNgramMin, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charNgramMin, charNgramMax);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charNgramMax, FeatureHashing.LongestCharNgram);
        BucketBits = bucketBits;
        WordNgramMax = wordNgramMax;
        CharNgramMin = charNgramMin;
        CharNgramMax = charNgramMax;
    }

    /// <summary>log2 of <see cref="BucketCount"/>.</summary>
    public int BucketBits { get; }

    /// <summary>How many weights the model has, one per hash bucket.</summary>
    public int BucketCount => 1 << BucketBits;

    /// <summary>1: word unigrams; 2: unigrams and bigrams.</summary>
    public int WordNgramMax { get; }

    /// <summary>Shortest character n-gram, counting the padding space at each end of a word.</summary>
    public int CharNgramMin { get; }

    /// <summary>Longest character n-gram.</summary>
    public int CharNgramMax { get; }
}
