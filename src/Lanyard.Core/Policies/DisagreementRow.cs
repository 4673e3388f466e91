namespace Lanyard.Core.Policies;

/// <summary>
/// One question on which policies disagree (a row of CLAUSES.md §3), and how to read any pack's
/// answer to it.
/// </summary>
/// <param name="Number">The row number in CLAUSES.md §3.</param>
/// <param name="Question">The question, in a few words.</param>
/// <param name="Parameter">Where the answer lives in a pack, e.g. <c>parameters.formerPupilContact</c>.</param>
/// <param name="Answer">Reads a pack's answer; null means the pack is silent.</param>
/// <param name="Citations">Reads the clause ids a pack's answer rests on.</param>
public sealed record DisagreementRow(
    int Number,
    string Question,
    string Parameter,
    Func<PolicyPack, object?> Answer,
    Func<PolicyPack, IReadOnlyList<string>> Citations)
{
    /// <summary>A pack's answer as text, or null when the pack is silent.</summary>
    public string? AnswerText(PolicyPack pack) => ParameterText.Describe(Answer(pack));

    /// <summary>The clause ids a pack's answer rests on, each once (row 4 gathers them from three parameters).</summary>
    public IReadOnlyList<string> CitedBy(PolicyPack pack) => [.. Citations(pack).Distinct(StringComparer.Ordinal)];
}
