namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// Fits the weights: binary logistic regression by AdaGrad over the sparse features, L2-penalised,
/// classes weighted inversely to their frequency (the Davidson data is five-sixths offensive, and
/// the rarer "neither" class is the one a school most needs right). Single-threaded and in a
/// seeded order, so it is exactly reproducible.
/// </summary>
internal static class LogisticRegressionTrainer
{
    public static ClassifierModel Train(IReadOnlyList<LabelledText> examples, ClassifierTrainingOptions options, float threshold = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Features;
        var vectors = Vectorise(examples, settings);
        var positives = examples.Count(e => e.Offensive);
        var negatives = examples.Count - positives;
        var positiveWeight = positives == 0 ? 1.0 : examples.Count / (2.0 * positives);
        var negativeWeight = negatives == 0 ? 1.0 : examples.Count / (2.0 * negatives);

        var weights = new double[settings.BucketCount];
        var squaredGradients = new double[settings.BucketCount];
        var bias = 0.0;
        var biasSquaredGradient = 0.0;
        const double Epsilon = 1e-8;
        var random = new SplitMix64(options.Seed ^ 0x5EED_C1A5_51F1_E500);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (indices, values) = vectors[i];
                var logit = bias;
                for (var k = 0; k < indices.Length; k++)
                {
                    logit += weights[indices[k]] * values[k];
                }

                var label = examples[i].Offensive;
                var error = (Sigmoid(logit) - (label ? 1.0 : 0.0)) * (label ? positiveWeight : negativeWeight);
                for (var k = 0; k < indices.Length; k++)
                {
                    var j = indices[k];
                    var gradient = (error * values[k]) + (options.L2 * weights[j]);
                    squaredGradients[j] += gradient * gradient;
                    weights[j] -= options.LearningRate * gradient / (Math.Sqrt(squaredGradients[j]) + Epsilon);
                }

                biasSquaredGradient += error * error;
                bias -= options.LearningRate * error / (Math.Sqrt(biasSquaredGradient) + Epsilon);
            }
        }

        var single = new float[weights.Length];
        for (var j = 0; j < weights.Length; j++)
        {
            single[j] = (float)weights[j];
        }

        return new ClassifierModel(settings, single, (float)bias, threshold);
    }

    /// <summary>
    /// The threshold, in steps of 0.01, that maximises macro-F1 on <paramref name="validation"/>.
    /// When a run of neighbouring thresholds ties for best, the middle of the first such run wins:
    /// the widest margin either side, and a choice that does not depend on floating-point noise.
    /// </summary>
    public static float ChooseThreshold(ClassifierModel model, IReadOnlyList<LabelledText> validation)
    {
        var probabilities = new double[validation.Count];
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = model.Probability(validation[i].Text);
        }

        var scores = new double[100];
        var bestScore = -1.0;
        for (var step = 1; step < scores.Length; step++)
        {
            scores[step] = ClassifierEvaluation.At(step / 100f, probabilities, validation).MacroF1;
            bestScore = Math.Max(bestScore, scores[step]);
        }

        var first = Array.IndexOf(scores, bestScore, 1);
        var last = first;
        while (last + 1 < scores.Length && scores[last + 1] == bestScore)
        {
            last++;
        }

        return (first + last) / 2 / 100f;
    }

    private static (int[] Indices, float[] Values)[] Vectorise(IReadOnlyList<LabelledText> examples, ClassifierFeatureSettings settings)
    {
        var vectoriser = FeatureVectoriser.ForCurrentThread(settings);
        var vectors = new (int[], float[])[examples.Count];
        for (var i = 0; i < vectors.Length; i++)
        {
            var features = vectoriser.Vectorise(examples[i].Text);
            vectors[i] = (features.Indices.ToArray(), features.Values.ToArray());
        }

        return vectors;
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
