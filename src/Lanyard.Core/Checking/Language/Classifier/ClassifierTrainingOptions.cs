namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// How <see cref="TrainClassifier"/> splits the data and fits the model. The defaults are the ones
/// the shipped model was trained with; the seed fixes every shuffle, so the same data and options
/// give a byte-identical model file.
/// </summary>
public sealed record ClassifierTrainingOptions
{
    /// <summary>Seeds the split and the order of examples in each epoch.</summary>
    public ulong Seed { get; init; } = 20261121;

    /// <summary>Share of the data held out for the final evaluation and never trained on.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Share of the training part kept back to choose the decision threshold.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Passes over the training examples.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>AdaGrad's base learning rate.</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>L2 penalty on each weight, applied when its feature is seen.</summary>
    public double L2 { get; init; } = 1e-6;

    /// <summary>The hashed features.</summary>
    public ClassifierFeatureSettings Features { get; init; } = ClassifierFeatureSettings.Default;
}
