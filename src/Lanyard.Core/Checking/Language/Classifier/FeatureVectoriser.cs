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
    private char[] _normalised = new char[512];
    private int[] _occurrences = new int[4096];
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
        var normalised = Buffer(ref _normalised, ClassifierText.MaxLength(text.Length));
        var length = ClassifierText.Normalise(text, normalised);
        var occurrences = Buffer(ref _occurrences, FeatureHashing.MaxFeatures(length, Settings));
        var total = FeatureHashing.WriteBuckets(normalised[..length], Settings, occurrences);
        var indices = Buffer(ref _indices, total);
        var values = Buffer(ref _values, total);
        var counts = _counts;
        var unique = 0;
        foreach (var bucket in occurrences[..total])
        {
            var count = counts[bucket];
            if (count == 0)
            {
                indices[unique++] = bucket;
            }

            if (count < byte.MaxValue)
            {
                counts[bucket] = (byte)(count + 1);
            }
        }

        var sumOfSquares = 0.0;
        for (var i = 0; i < unique; i++)
        {
            var value = SublinearTf[counts[indices[i]]];
            counts[indices[i]] = 0;
            values[i] = value;
            sumOfSquares += value * value;
        }

        if (unique > 0)
        {
            var scale = (float)(1.0 / Math.Sqrt(sumOfSquares));
            for (var i = 0; i < unique; i++)
            {
                values[i] *= scale;
            }
        }

        return new SparseFeatures(indices[..unique], values[..unique]);
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
}
