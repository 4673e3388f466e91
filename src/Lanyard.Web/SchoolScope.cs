using System.Globalization;
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

    /// <summary>True when the user may act for more than one school, so a picker is worth showing.</summary>
    public bool HasChoice => Schools.Count > 1;

    /// <summary>The ids of the schools in scope.</summary>
    public IReadOnlyCollection<long> SchoolIds => [.. Schools.Select(s => s.Id)];

    /// <summary>The <c>school</c> query value to carry in links, or null when there is no choice to carry.</summary>
    public string? QueryValue => HasChoice ? School.Id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The scope, or null when the user has no person or organisation, or asked for a school out of their scope.</summary>
    public static async Task<SchoolScope?> FindAsync(ClaimsPrincipal user, long? requestedSchoolId, IOrganisationRegister organisations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        if (SignInPrincipal.OrganisationId(user) is not { } home || SignInPrincipal.PersonId(user) is not { } personId)
        {
            return null;
        }

        // One read of the register serves the scope, the choice and the pack in force.
        var all = await organisations.ListAsync(cancellationToken);
        var schools = SchoolsInScope.Of(home, all);
        return SchoolsInScope.Choose(schools, requestedSchoolId) is { } school
            ? new SchoolScope(schools, await SchoolInContext.Of(school, all).WithVersionInForceAsync(organisations, cancellationToken), personId)
            : null;
    }
}
