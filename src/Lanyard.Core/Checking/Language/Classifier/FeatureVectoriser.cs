using System.Numerics;

namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// Turns a text into its sparse, L2-normalised feature vector: normalise, hash, count each bucket,
/// weight each count by sublinear term frequency (1 + ln count). One instance per thread holds the
/// scratch buffers, so scoring a post allocates nothing once the buffers have grown to tweet size.
/// </summary>
internal sealed class FeatureVectoriser
{
    /// <summary>Buffers beyond this many elements are not kept between calls (a 100 KB post is rare).</summary>
    private const int CachedBufferLimit = 1 << 15;

    [ThreadStatic]
    private static FeatureVectoriser? _current;

    /// <summary>1 + ln(count); counts saturate at 255, far beyond any real post's repeats of a bucket.</summary>
    private static readonly float[] SublinearTf = BuildSublinearTf();

    /// <summary>Per-bucket counts, all zero between calls: every bucket touched is reset before returning.</summary>
    private readonly byte[] _counts;
    private int[] _indices = new int[2048];
    private float[] _values = new float[2048];

    private FeatureVectoriser(ClassifierFeatureSettings settings)
    {
        Settings = settings;
        _counts = new byte[settings.BucketCount];
    }

    public ClassifierFeatureSettings Settings { get; }

    /// <summary>This thread's vectoriser for <paramref name="settings"/>.</summary>
    public static FeatureVectoriser ForCurrentThread(ClassifierFeatureSettings settings)
    {
        var current = _current;
        if (current is null || !current.Settings.Equals(settings))
        {
            _current = current = new FeatureVectoriser(settings);
        }

        return current;
    }

    /// <summary>The features of <paramref name="text"/>; the spans are valid until the next call on this thread.</summary>
    public SparseFeatures Vectorise(ReadOnlySpan<char> text)
    {
        var indices = CountBuckets(text);
        var values = Buffer(ref _values, indices.Length);
        var counts = _counts;
        var sumOfSquares = 0.0;
        for (var i = 0; i < indices.Length; i++)
        {
            var value = SublinearTf[counts[indices[i]]];
            counts[indices[i]] = 0;
            values[i] = value;
            sumOfSquares += value * value;
        }

        if (indices.Length > 0)
        {
            var scale = (float)(1.0 / Math.Sqrt(sumOfSquares));
            for (var i = 0; i < indices.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return new SparseFeatures(indices, values);
    }

    /// <summary>
    /// Bias plus the dot product of <paramref name="text"/>'s feature vector with <paramref name="weights"/>,
    /// without writing the vector down: the same sum as <see cref="SparseFeatures.Logit"/> over
    /// <see cref="Vectorise"/>, with the L2 scale applied once at the end.
    /// </summary>
    public double Logit(ReadOnlySpan<char> text, ReadOnlySpan<float> weights, float bias)
    {
        var indices = CountBuckets(text);
        if (indices.IsEmpty)
        {
            return bias;
        }

        var counts = _counts;
        var dot = 0.0;
        var sumOfSquares = 0.0;
        foreach (var bucket in indices)
        {
            var value = SublinearTf[counts[bucket]];
            counts[bucket] = 0;
            dot += weights[bucket] * value;
            sumOfSquares += value * value;
        }

        return bias + (dot / Math.Sqrt(sumOfSquares));
    }

    /// <summary>Normalises and hashes <paramref name="text"/> in one pass, leaving each bucket's count in <see cref="_counts"/>; returns the buckets, each once, in first-seen order.</summary>
    private Span<int> CountBuckets(ReadOnlySpan<char> text)
    {
        // The normalised text is at most two characters longer than the original.
        var counting = new CountingSink(_counts, Buffer(ref _indices, FeatureHashing.MaxFeatures(ClassifierText.MaxLength(text.Length), Settings)));
        var hasher = new FeatureHashing.Hasher<CountingSink>(Settings, counting);
        ClassifierText.Normalise(text, ref hasher);
        return hasher.Buckets.Unique;
    }

    private static Span<T> Buffer<T>(ref T[] cached, int length)
    {
        if (length <= cached.Length)
        {
            return cached.AsSpan(0, length);
        }

        if (length <= CachedBufferLimit)
        {
            cached = new T[BitOperations.RoundUpToPowerOf2((uint)length)];
            return cached.AsSpan(0, length);
        }

        return new T[length];
    }

    private static float[] BuildSublinearTf()
    {
        var table = new float[byte.MaxValue + 1];
        for (var count = 1; count < table.Length; count++)
        {
            table[count] = 1f + (float)Math.Log(count);
        }

        return table;
    }

    /// <summary>Counts each bucket (saturating at 255) and lists each the first time it is seen.</summary>
    private ref struct CountingSink(byte[] counts, Span<int> unique) : IBucketSink
    {
        private readonly byte[] _counts = counts;
        private readonly Span<int> _unique = unique;
        private int _uniqueCount;

        public readonly Span<int> Unique => _unique[.._uniqueCount];

        public void Add(int bucket)
        {
            var count = _counts[bucket];
            if (count == 0)
            {
                _unique[_uniqueCount++] = bucket;
            }

            if (count < byte.MaxValue)
            {
                _counts[bucket] = (byte)(count + 1);
            }
        }
    }
}
