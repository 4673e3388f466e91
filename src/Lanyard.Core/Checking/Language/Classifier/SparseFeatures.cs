namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>A text's feature vector: bucket indices (each once, in first-seen order) and their L2-normalised values.</summary>
internal readonly ref struct SparseFeatures
{
    public SparseFeatures(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        Indices = indices;
        Values = values;
    }

    public ReadOnlySpan<int> Indices { get; }

    public ReadOnlySpan<float> Values { get; }

    /// <summary>Bias plus the dot product with <paramref name="weights"/>: the logit.</summary>
    public double Logit(ReadOnlySpan<float> weights, float bias)
    {
        var sum = (double)bias;
        var indices = Indices;
        var values = Values;
        for (var i = 0; i < indices.Length; i++)
        {
            sum += weights[indices[i]] * values[i];
        }

        return sum;
    }
}
