using System.Security.Claims;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;

namespace Lanyard.Web;

/// <summary>
/// The school a page acts for: the signed-in member of staff's own, or for trust and federation
/// staff the one they chose among their schools (<see cref="SchoolsInScope"/>). A school asked for
/// that is not theirs is never shown: the page answers 404, as it would for a school that does not exist.
/// </summary>
/// <param name="Schools">Every school the user may act for, by name (more than one only for trust or federation staff).</param>
/// <param name="InContext">The school chosen, with the pack in force there.</param>
/// <param name="PersonId">The signed-in member of staff's register id.</param>
internal sealed record SchoolScope(IReadOnlyList<Organisation> Schools, SchoolInContext InContext, long PersonId)
{
    /// <summary>The school chosen.</summary>
    public Organisation School => InContext.School;

    /// <summary>The scope, or null when the user has no person or organisation, or asked for a school out of their scope.</summary>
    public static async Task<SchoolScope?> FindAsync(ClaimsPrincipal user, long? requestedSchoolId, IOrganisationRegister organisations, CancellationToken cancellationToken)
    {
        if (SignInPrincipal.OrganisationId(user) is not { } home || SignInPrincipal.PersonId(user) is not { } personId)
        {
            return null;
        }

        var schools = await SchoolsInScope.HandleAsync(home, organisations, cancellationToken);
        var school = await SchoolsInScope.ChooseAsync(home, requestedSchoolId, organisations, cancellationToken);
        if (school is null || await SchoolInContext.FindAsync(school.Id, organisations, cancellationToken) is not { } inContext)
        {
            return null;
        }

        return new SchoolScope(schools, inContext, personId);
    }
}
