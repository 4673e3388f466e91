namespace Lanyard.Core.Dashboard;

/// <summary>One thing on the dashboard that needs someone to act.</summary>
/// <param name="Kind">What sort of thing it is.</param>
/// <param name="Urgency">How soon: overdue first.</param>
/// <param name="Title">A short headline.</param>
/// <param name="Detail">Plain English: why, and what to do.</param>
/// <param name="Link">Where in the app to act on it.</param>
/// <param name="ClauseIds">The clauses behind it, when there are any.</param>
public sealed record AttentionItem(AttentionKind Kind, AttentionUrgency Urgency, string Title, string Detail, string Link, IReadOnlyList<string> ClauseIds);
