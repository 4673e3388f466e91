namespace Lanyard.Core.Casework;

/// <summary>
/// What a governor sees of a case: no names, no person ids, no free text; only the month it was
/// reported, so a date cannot be matched to a pupil's absence or a member of staff's meeting.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Type">Its type.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="ReportedMonth">The first day of the month it was reported.</param>
/// <param name="Outcome">The recorded outcome (a fixed word such as <c>resolved</c>), or null before one.</param>
public sealed record AnonymisedCaseView(long CaseId, CaseType Type, CaseStage Stage, DateOnly ReportedMonth, string? Outcome);
