namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>Precision, recall and F1 of one class, with how many examples truly belong to it.</summary>
/// <param name="Name">The class, e.g. <c>offensive-or-hate</c>.</param>
/// <param name="Precision">Of the texts predicted this class, the share that are.</param>
/// <param name="Recall">Of the texts that are this class, the share predicted so.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Support">How many examples truly belong to the class.</param>
public sealed record ClassMetrics(string Name, double Precision, double Recall, double F1, int Support)
{
    /// <summary>Metrics from counts of true positives, false positives and false negatives.</summary>
    public static ClassMetrics From(string name, int truePositives, int falsePositives, int falseNegatives)
    {
        var precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 0 : (double)truePositives / (truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(name, precision, recall, f1, truePositives + falseNegatives);
    }
}
