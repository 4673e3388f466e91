namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// The <c>lanyard train</c> use case: split labelled texts by a seeded shuffle into a held-out test
/// part (never trained on) and a training part; keep a validation slice of the training part to
/// choose the threshold; fit on the rest; report the held-out evaluation.
/// </summary>
public static class TrainClassifier
{
    /// <summary>What a training run produced.</summary>
    /// <param name="Model">The fitted model with its chosen threshold.</param>
    /// <param name="Test">The evaluation on the held-out part.</param>
    /// <param name="Validation">The evaluation on the validation slice the threshold was chosen on.</param>
    /// <param name="FitCount">Examples the weights were fitted on.</param>
    /// <param name="ValidationCount">Examples in the validation slice.</param>
    /// <param name="TestCount">Examples held out.</param>
    public sealed record Result(ClassifierModel Model, ClassifierEvaluation Test, ClassifierEvaluation Validation, int FitCount, int ValidationCount, int TestCount);

    /// <summary>Runs the whole training procedure; deterministic for the same examples and options.</summary>
    /// <exception cref="ArgumentException">Too few examples, or a class missing from the fitting part.</exception>
    public static Result Handle(IReadOnlyList<LabelledText> examples, ClassifierTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TestFraction is < 0 or >= 1 || options.ValidationFraction is <= 0 or >= 1)
        {
            throw new ArgumentException("The test fraction must be in [0, 1) and the validation fraction in (0, 1).", nameof(options));
        }

        var order = Enumerable.Range(0, examples.Count).ToArray();
        new SplitMix64(options.Seed).Shuffle(order);
        var testCount = (int)Math.Round(examples.Count * options.TestFraction);
        var validationCount = (int)Math.Round((examples.Count - testCount) * options.ValidationFraction);
        var test = Pick(examples, order.AsSpan(0, testCount));
        var validation = Pick(examples, order.AsSpan(testCount, validationCount));
        var fit = Pick(examples, order.AsSpan(testCount + validationCount));
        if (validation.Count == 0 || !fit.Any(e => e.Offensive) || !fit.Any(e => !e.Offensive))
        {
            throw new ArgumentException($"Too few examples to train: {fit.Count} to fit (both classes needed) and {validation.Count} to validate.", nameof(examples));
        }

        var model = LogisticRegressionTrainer.Train(fit, options);
        model = model.WithThreshold(LogisticRegressionTrainer.ChooseThreshold(model, validation));
        var testEvaluation = test.Count > 0
            ? ClassifierEvaluation.Of(model, test)
            : new ClassifierEvaluation(ClassMetrics.From(ClassifierEvaluation.OffensiveName, 0, 0, 0), ClassMetrics.From(ClassifierEvaluation.NeitherName, 0, 0, 0));
        return new Result(model, testEvaluation, ClassifierEvaluation.Of(model, validation), fit.Count, validation.Count, test.Count);
    }

    /// <summary>The held-out part <see cref="Handle"/> would set aside for these examples and options.</summary>
    public static IReadOnlyList<LabelledText> HeldOut(IReadOnlyList<LabelledText> examples, ClassifierTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        new SplitMix64(options.Seed).Shuffle(order);
        return Pick(examples, order.AsSpan(0, (int)Math.Round(examples.Count * options.TestFraction)));
    }

    private static List<LabelledText> Pick(IReadOnlyList<LabelledText> examples, ReadOnlySpan<int> indices)
    {
        var picked = new List<LabelledText>(indices.Length);
        foreach (var i in indices)
        {
            picked.Add(examples[i]);
        }

        return picked;
    }
}
