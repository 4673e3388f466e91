using Lanyard.Core.Policies;

namespace Lanyard.Core.Checking;

/// <summary>
/// One finding of a check, explained: what was found and where, which clause of the pack it
/// breaks, the verdict and severity the pack gives it, and a safe rewrite where one exists.
/// </summary>
/// <param name="Detector">The detector that found it.</param>
/// <param name="Category">A <see cref="FindingCategory"/> value.</param>
/// <param name="ClauseId">The clause it breaks; null only for a finding about the check itself (an unreadable image).</param>
/// <param name="Start">Start in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="Verdict">What the pack says to do.</param>
/// <param name="Severity">How serious the pack says a breach is, where it says.</param>
/// <param name="Message">What was found and why it matters.</param>
/// <param name="Suggestion">A safe rewrite, where one exists.</param>
/// <param name="Score">Detector confidence, where it has one.</param>
/// <param name="Subject">What outside the text it concerns (a photo's name, a pupil's MIS id).</param>
public sealed record Finding(
    string Detector,
    string Category,
    string? ClauseId,
    int Start,
    int Length,
    Verdict Verdict,
    Severity? Severity,
    string Message,
    string? Suggestion = null,
    double? Score = null,
    string? Subject = null);
