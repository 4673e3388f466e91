namespace Lanyard.Core.Connections;

/// <summary>
/// A friendship or other personal relationship between the staff member and the other person,
/// with when it began: Cambrian lifts its ban on parents only for a relationship that existed
/// before the child joined the school, so the date is the evidence.
/// </summary>
/// <param name="Since">When it began; null when not known, which cannot show it came first.</param>
/// <param name="Description">How the staff member describes it, for the record.</param>
public sealed record Friendship(DateOnly? Since, string? Description = null);
