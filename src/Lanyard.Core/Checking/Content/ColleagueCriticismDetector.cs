using System.Buffers;
using System.Text.RegularExpressions;

namespace Lanyard.Core.Checking.Content;

/// <summary>
/// A named member of staff and a disparaging judgement in the same sentence ("Mr B can't control
/// his class", "Ms P is a terrible teacher"). The span is the sentence; thanks and praise are not
/// criticism. Staff are matched by the names the school gives (e.g. "Mrs Jones", "Mr Brown"), by
/// title and surname, and by title and initial.
/// </summary>
public sealed class ColleagueCriticismDetector : ITextDetector
{
    private static readonly string[] Disparaging =
    [
        "useless", "incompetent", "clueless", "lazy", "hopeless", "pathetic", "terrible", "awful", "rubbish", "a joke",
        "a disgrace", "disgraceful", "can't control", "cannot control", "can't teach", "cannot teach", "shouldn't be teaching",
        "should be sacked", "should be fired", "waste of space", "no idea what", "not fit to", "worst teacher", "bad teacher",
        "idiot", "stupid", "thick", "bully", "liar", "two-faced", "a nightmare",
    ];

    private static readonly SearchValues<string> DisparagingWords = SearchValues.Create(Disparaging, StringComparison.OrdinalIgnoreCase);
    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir"];
    private readonly Regex? _staff;

    /// <summary>A detector for the given staff names.</summary>
    public ColleagueCriticismDetector(IEnumerable<string> staffNames)
    {
        ArgumentNullException.ThrowIfNull(staffNames);
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in staffNames.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            forms.Add(name);
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && Titles.Contains(parts[0].TrimEnd('.'), StringComparer.OrdinalIgnoreCase))
            {
                // "Mrs Jones" is also written "Mrs J".
                forms.Add($"{parts[0]} {parts[^1][0]}");
            }
        }

        if (forms.Count > 0)
        {
            var alternatives = forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace(@"\ ", @"\.?\s+", StringComparison.Ordinal));
            _staff = new Regex(@"\b(" + string.Join('|', alternatives) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
    }

    /// <inheritdoc />
    public string Name => "colleague-criticism";

    /// <inheritdoc />
    public void Detect(string text, List<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(detections);
        if (_staff is null || !text.AsSpan().ContainsAny(DisparagingWords))
        {
            return;
        }

        // Each sentence is looked at once, however many names it holds, so the scan stays linear.
        var examinedUpTo = 0;
        foreach (var match in _staff.EnumerateMatches(text))
        {
            if (match.Index < examinedUpTo)
            {
                continue;
            }

            var (start, end) = Sentence(text, match.Index, examinedUpTo);
            examinedUpTo = end;
            if (text.AsSpan(start, end - start).ContainsAny(DisparagingWords))
            {
                detections.Add(new Detection(FindingCategory.ColleagueCriticism, start, end - start, "Criticises a named member of staff"));
            }
        }
    }

    /// <summary>The sentence around an index: bounded by . ! ? or a line break (a title's full stop does not end it).</summary>
    private static (int Start, int End) Sentence(string text, int index, int notBefore)
    {
        var start = index;
        while (start > notBefore && !EndsSentence(text, start - 1))
        {
            start--;
        }

        while (start < index && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = index;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }

        return (start, Math.Min(text.Length, end + 1));
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is '!' or '?' or '\n' || (text[i] == '.' && !IsTitleBefore(text, i));

    /// <summary>True for the full stop of "Mr.", "Mrs.", "Ms.", "Dr." in any case.</summary>
    private static bool IsTitleBefore(string text, int dot)
    {
        foreach (var title in (ReadOnlySpan<string>)["mr", "ms", "dr", "mrs"])
        {
            var start = dot - title.Length;
            if (start >= 0 && text.AsSpan(start, title.Length).Equals(title, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
