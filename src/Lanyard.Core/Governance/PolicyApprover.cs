using Lanyard.Core.People;

namespace Lanyard.Core.Governance;

/// <summary>
/// Someone who approved or signed a policy version: who they are in the people register, their
/// name as recorded at the time, the register role they acted in, and the day.
/// </summary>
/// <param name="PersonId">The person in the people register (always the signed-in user who recorded it).</param>
/// <param name="Name">Their name when they signed.</param>
/// <param name="Capacity">The register role they acted in (governor, chair of governors, COO, head teacher).</param>
/// <param name="SignedOn">The day: the meeting date for a body or committee, else the day they signed.</param>
public sealed record PolicyApprover(long PersonId, string Name, StaffRole Capacity, DateOnly SignedOn);
