using System.Text;

namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// A trained binary logistic regression over hashed n-grams: probability that a text is offensive
/// or hateful. Immutable once built; scoring is thread-safe.
/// </summary>
/// <remarks>
/// File format (all little-endian), version 2:
/// <list type="number">
/// <item>4 bytes magic <c>LYCM</c>;</item>
/// <item>int32 format version (2; version 1 weights belong to the earlier per-substring FNV hashing
/// and would be misread by <see cref="FeatureHashing"/>'s rolling hash, so they are refused);</item>
/// <item>int32 bucket bits, int32 longest word n-gram, int32 shortest and int32 longest character n-gram;</item>
/// <item>float32 decision threshold, float32 bias;</item>
/// <item>int32 weight count (2^bucket bits), then that many float32 weights.</item>
/// </list>
/// Nothing in it depends on the machine or the time, so the same training run writes the same bytes.
/// </remarks>
public sealed class ClassifierModel
{
    /// <summary>The format version this code reads and writes.</summary>
    public const int FormatVersion = 2;

    private static ReadOnlySpan<byte> Magic => "LYCM"u8;

    private readonly float[] _weights;

    /// <summary>Creates a model, checking the weights fit the settings and the threshold is a probability.</summary>
    /// <param name="settings">The features the weights belong to.</param>
    /// <param name="weights">One weight per bucket; copied.</param>
    /// <param name="bias">The intercept.</param>
    /// <param name="threshold">Probability at or above which a text counts as offensive, strictly between 0 and 1.</param>
    public ClassifierModel(ClassifierFeatureSettings settings, ReadOnlySpan<float> weights, float bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (weights.Length != settings.BucketCount)
        {
            throw new ArgumentException($"Expected {settings.BucketCount} weights, got {weights.Length}.", nameof(weights));
        }

        if (!(threshold > 0f && threshold < 1f))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be strictly between 0 and 1.");
        }

        if (!float.IsFinite(bias))
        {
            throw new ArgumentOutOfRangeException(nameof(bias), bias, "The bias must be finite.");
        }

        Settings = settings;
        _weights = weights.ToArray();
        Bias = bias;
        Threshold = threshold;
    }

    /// <summary>The features the model was trained on.</summary>
    public ClassifierFeatureSettings Settings { get; }

    /// <summary>The intercept.</summary>
    public float Bias { get; }

    /// <summary>Probability at or above which a text counts as offensive; chosen on validation data.</summary>
    public float Threshold { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>The same weights with another threshold.</summary>
    public ClassifierModel WithThreshold(float threshold) => new(Settings, _weights, Bias, threshold);

    /// <summary>The probability, 0–1, that <paramref name="text"/> is offensive or hateful.</summary>
    public double Probability(ReadOnlySpan<char> text)
    {
        var logit = FeatureVectoriser.ForCurrentThread(Settings).Logit(text, _weights, Bias);
        return 1.0 / (1.0 + Math.Exp(-logit));
    }

    /// <summary>Writes the model in the documented binary format.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Settings.BucketBits);
        writer.Write(Settings.WordNgramMax);
        writer.Write(Settings.CharNgramMin);
        writer.Write(Settings.CharNgramMax);
        writer.Write(Threshold);
        writer.Write(Bias);
        writer.Write(_weights.Length);
        foreach (var weight in _weights)
        {
            writer.Write(weight);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model this version can read.</exception>
    public static ClassifierModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = reader.ReadBytes(Magic.Length);
            if (magic.Length < Magic.Length)
            {
                throw new EndOfStreamException();
            }

            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not a Lanyard classifier model (bad magic number).");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Classifier model format version {version} is not supported (expected {FormatVersion}).");
            }

            var settings = new ClassifierFeatureSettings(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var threshold = reader.ReadSingle();
            var bias = reader.ReadSingle();
            var count = reader.ReadInt32();
            if (count != settings.BucketCount)
            {
                throw new InvalidDataException($"The model declares {count} weights but {settings.BucketCount} buckets.");
            }

            var weights = new float[count];
            for (var i = 0; i < count; i++)
            {
                weights[i] = reader.ReadSingle();
            }

            return new ClassifierModel(settings, weights, bias, threshold);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The classifier model is truncated.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The classifier model's header is invalid: " + e.Message, e);
        }
    }
}
