namespace Lanyard.Core.Checking;

/// <summary>
/// Something a detector found in a draft, before any pack decides what it means: the category
/// (see <see cref="FindingCategory"/>), where it is in the original text, and why. The pack turns
/// a detection into a finding with a clause id and a verdict; a detector never decides a verdict.
/// </summary>
/// <param name="Category">A <see cref="FindingCategory"/> value, e.g. <c>personal-data.phone</c>.</param>
/// <param name="Start">Start index in the original text (UTF-16 code units); 0 for a photo.</param>
/// <param name="Length">Length in the original text; 0 for a photo.</param>
/// <param name="Message">What was found, for a person (never echoing more of the text than the span).</param>
/// <param name="Suggestion">A safe rewrite of the span, where one exists (e.g. "[phone number removed]").</param>
/// <param name="Score">Confidence 0–1 where the detector has one (classifier, address heuristics).</param>
/// <param name="Subject">What outside the text the detection is about, e.g. a photo's file name.</param>
public sealed record Detection(
    string Category,
    int Start,
    int Length,
    string Message,
    string? Suggestion = null,
    double? Score = null,
    string? Subject = null);
