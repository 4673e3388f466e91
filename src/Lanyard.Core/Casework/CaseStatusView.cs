namespace Lanyard.Core.Casework;

/// <summary>What a reporter sees of their own report: where it has got to, nothing of what is on it.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Type">Its type.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="ReportedAt">When it was reported.</param>
public sealed record CaseStatusView(long CaseId, CaseType Type, CaseStage Stage, DateTimeOffset ReportedAt);
