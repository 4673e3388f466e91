using System.Buffers;
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
    private readonly SearchValues<string>? _triggers;

    /// <summary>
    /// Builds the detector from a pattern (compiled once, non-backtracking). <paramref name="triggers"/>,
    /// when given, are words every match contains: a vectorised search for them lets most posts skip
    /// the pattern altogether.
    /// </summary>
    protected PhraseDetector(string pattern, string category, string message, string? suggestion = null, string[]? triggers = null)
    {
        _triggers = triggers is { Length: > 0 } ? SearchValues.Create(triggers, StringComparison.OrdinalIgnoreCase) : null;
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
        if (_triggers is not null && !text.AsSpan().ContainsAny(_triggers))
        {
            return;
        }

        foreach (var match in _pattern.EnumerateMatches(text))
        {
            detections.Add(new Detection(_category, match.Index, match.Length, _message, _suggestion));
        }
    }
}
