using Lanyard.Core.People;

namespace Lanyard.Core.Casework;

/// <summary>
/// The signed-in member of staff acting on cases, as every casework use case receives them from
/// the host (web: the cookie principal; CLI: the account named on the command line).
/// </summary>
/// <param name="UserId">Their account id (the only thing about them that goes in the audit log).</param>
/// <param name="PersonId">Who they are in the people register.</param>
/// <param name="Name">Their display name, recorded on the entries they make.</param>
/// <param name="OrganisationId">The school, trust or federation they belong to.</param>
/// <param name="Roles">Their register roles.</param>
public sealed record CaseActor(long UserId, long PersonId, string Name, long OrganisationId, IReadOnlyList<StaffRole> Roles);
