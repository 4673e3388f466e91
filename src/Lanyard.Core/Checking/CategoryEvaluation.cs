namespace Lanyard.Core.Checking;

/// <summary>
/// Use case: how well the check finds each category on labelled examples — precision, recall and
/// F1 per category, counting each example once per category (found or not, expected or not).
/// </summary>
public static class CategoryEvaluation
{
    /// <summary>One labelled example and what the check found.</summary>
    /// <param name="Expected">Categories a person says the text contains.</param>
    /// <param name="Found">Categories the check reported.</param>
    public sealed record Example(IReadOnlySet<string> Expected, IReadOnlySet<string> Found);

    /// <summary>The scores of one category.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="TruePositives">Expected and found.</param>
    /// <param name="FalsePositives">Found but not expected.</param>
    /// <param name="FalseNegatives">Expected but not found.</param>
    public sealed record Score(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        /// <summary>TP / (TP + FP); 0 when nothing was found.</summary>
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

        /// <summary>TP / (TP + FN); 0 when nothing was expected.</summary>
        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

        /// <summary>Harmonic mean of precision and recall.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Scores every category that was expected or found, in name order.</summary>
    public static IReadOnlyList<Score> Handle(IEnumerable<Example> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var category in example.Expected.Union(example.Found))
            {
                var (tp, fp, fn) = counts.GetValueOrDefault(category);
                var expected = example.Expected.Contains(category);
                var found = example.Found.Contains(category);
                counts[category] = (tp + (expected && found ? 1 : 0), fp + (!expected && found ? 1 : 0), fn + (expected && !found ? 1 : 0));
            }
        }

        return [.. counts.Select(c => new Score(c.Key, c.Value.Tp, c.Value.Fp, c.Value.Fn))];
    }
}
