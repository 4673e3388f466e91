namespace Lanyard.Core.Casework;

/// <summary>Where a report was raised from, when not from the report form itself.</summary>
/// <param name="Kind">What raised it, e.g. <c>post-check</c> or <c>connection-check</c>.</param>
/// <param name="Reference">The id of that result (a connection decision id), when it has one.</param>
public sealed record CaseSource(string Kind, string? Reference);
