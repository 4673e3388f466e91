namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>How a model did on a labelled set at its threshold: both classes and their macro-F1.</summary>
/// <param name="Offensive">The offensive-or-hate class.</param>
/// <param name="Neither">The neither class.</param>
public sealed record ClassifierEvaluation(ClassMetrics Offensive, ClassMetrics Neither)
{
    /// <summary>Name of the positive class in reports.</summary>
    public const string OffensiveName = "offensive-or-hate";

    /// <summary>Name of the negative class in reports.</summary>
    public const string NeitherName = "neither";

    /// <summary>The unweighted mean of the two classes' F1: the target measure.</summary>
    public double MacroF1 => (Offensive.F1 + Neither.F1) / 2;

    /// <summary>Scores every example with <paramref name="model"/> and compares against its label.</summary>
    public static ClassifierEvaluation Of(ClassifierModel model, IReadOnlyList<LabelledText> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var probabilities = new double[examples.Count];
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = model.Probability(examples[i].Text);
        }

        return At(model.Threshold, probabilities, examples);
    }

    /// <summary>The evaluation of precomputed probabilities at one threshold.</summary>
    internal static ClassifierEvaluation At(double threshold, ReadOnlySpan<double> probabilities, IReadOnlyList<LabelledText> examples)
    {
        int truePositive = 0, falsePositive = 0, trueNegative = 0, falseNegative = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var predicted = probabilities[i] >= threshold;
            var actual = examples[i].Offensive;
            if (predicted && actual)
            {
                truePositive++;
            }
            else if (predicted)
            {
                falsePositive++;
            }
            else if (actual)
            {
                falseNegative++;
            }
            else
            {
                trueNegative++;
            }
        }

        return new ClassifierEvaluation(
            ClassMetrics.From(OffensiveName, truePositive, falsePositive, falseNegative),
            ClassMetrics.From(NeitherName, trueNegative, falseNegative, falsePositive));
    }
}
