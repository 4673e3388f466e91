namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// The hashing trick: every word unigram, word bigram and padded character n-gram of a normalised
/// text becomes a bucket index. The hash is FNV-1a over UTF-16 code units, reduced to a bucket by
/// Fibonacci hashing (multiply by 2^32/φ, keep the top bits: FNV's low bits mix poorly). Written here because <see cref="string.GetHashCode()"/> is randomised per process and a trained
/// model must mean the same thing in every process, on every machine, for ever.
/// </summary>
internal static class FeatureHashing
{
    private const uint Prime = 16777619;
    private const uint WordSeed = 2166136261;
    private const uint BigramSeed = 0x9E3779B9;
    private const uint CharSeed = 0x85EBCA6B;

    /// <summary>An upper bound on the buckets <see cref="WriteBuckets"/> writes for a normalised text of this length.</summary>
    public static int MaxFeatures(int normalisedLength, ClassifierFeatureSettings settings) =>
        ((settings.CharNgramMax - settings.CharNgramMin + 1) * normalisedLength) + (2 * normalisedLength) + 8;

    /// <summary>Writes one bucket per feature occurrence (repeats included) and returns how many.</summary>
    /// <param name="normalised">Output of <see cref="ClassifierText.Normalise"/>: words between single spaces.</param>
    /// <param name="settings">Which n-grams, and how many buckets.</param>
    /// <param name="buckets">At least <see cref="MaxFeatures"/> long.</param>
    public static int WriteBuckets(ReadOnlySpan<char> normalised, ClassifierFeatureSettings settings, Span<int> buckets)
    {
        var shift = 32 - settings.BucketBits;
        var count = 0;
        var previousWord = 0u;
        var hasPrevious = false;
        var start = 1;
        while (start < normalised.Length)
        {
            var end = normalised[start..].IndexOf(' ');
            if (end <= 0)
            {
                break;
            }

            end += start;
            var word = normalised[start..end];
            var wordHash = Fnv(WordSeed, word);
            buckets[count++] = Bucket(wordHash, shift);
            if (settings.WordNgramMax >= 2 && hasPrevious)
            {
                buckets[count++] = Bucket((previousWord * Prime) ^ wordHash ^ BigramSeed, shift);
            }

            previousWord = wordHash;
            hasPrevious = true;
            count = WriteCharNgrams(normalised[(start - 1)..(end + 1)], settings, shift, buckets, count);
            start = end + 1;
        }

        return count;
    }

    /// <summary>Character n-grams of one word with its padding spaces (" word "), so prefixes and suffixes are features.</summary>
    private static int WriteCharNgrams(ReadOnlySpan<char> padded, ClassifierFeatureSettings settings, int shift, Span<int> buckets, int count)
    {
        for (var p = 0; p + settings.CharNgramMin <= padded.Length; p++)
        {
            var hash = CharSeed;
            var longest = Math.Min(settings.CharNgramMax, padded.Length - p);
            for (var k = 0; k < longest; k++)
            {
                hash = (hash ^ padded[p + k]) * Prime;
                if (k + 1 >= settings.CharNgramMin)
                {
                    buckets[count++] = Bucket(hash, shift);
                }
            }
        }

        return count;
    }

    private static uint Fnv(uint seed, ReadOnlySpan<char> text)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private static int Bucket(uint hash, int shift) => (int)((hash * 0x9E3779B1u) >> shift);
}
