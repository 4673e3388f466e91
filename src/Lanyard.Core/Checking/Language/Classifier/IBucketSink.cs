namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// Receives the buckets <see cref="FeatureHashing.Hasher{TSink}"/> produces. A struct (or ref struct)
/// implementation is specialised and inlined by the JIT, so one hashing loop serves both the
/// tests, which keep every occurrence, and scoring, which only counts.
/// </summary>
internal interface IBucketSink
{
    /// <summary>One occurrence of a feature in bucket <paramref name="bucket"/>.</summary>
    void Add(int bucket);
}
