using System.Text.RegularExpressions;

namespace Lanyard.Core.Checking.Content;

/// <summary>
/// A detector defined by phrases: one case-insensitive, non-backtracking pattern per finding, so
/// matching stays linear in the text whatever it contains.
/// </summary>
public abstract class PhraseDetector : ITextDetector
{
    private readonly Regex _pattern;
    private readonly string _category;
    private readonly string _message;
    private readonly string? _suggestion;

    /// <summary>Builds the detector from a pattern (compiled once, non-backtracking).</summary>
    protected PhraseDetector(string pattern, string category, string message, string? suggestion = null)
    {
        _pattern = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
        _category = category;
        _message = message;
        _suggestion = suggestion;
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            detections.Add(new Detection(_category, match.Index, match.Length, _message, _suggestion));
        }
    }
}
