using System.Globalization;
using System.Security.Claims;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;

namespace Lanyard.Web.Pages.People;

/// <summary>
/// The school a register page works on, and the schools its reader may choose among. A member of a
/// school's staff acts for that school; trust or federation staff choose among its schools (the
/// pages offer a picker when there are several). A requested school out of scope is null, which the
/// pages answer with 404 so another school's data is never shown or confirmed to exist.
/// </summary>
/// <param name="School">The school chosen.</param>
/// <param name="Schools">Every school the reader may act for, by name.</param>
internal sealed record RegisterScope(Organisation School, IReadOnlyList<Organisation> Schools)
{
    /// <summary>True when the reader may act for more than one school, so a picker is worth showing.</summary>
    public bool HasChoice => Schools.Count > 1;

    /// <summary>The ids of the schools in scope.</summary>
    public IReadOnlyCollection<long> SchoolIds => [.. Schools.Select(s => s.Id)];

    /// <summary>The <c>school</c> query value to carry in links, or null when there is no choice to carry.</summary>
    public string? QueryValue => HasChoice ? School.Id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The school asked for (or the first in scope when none is), or null when it is out of scope.</summary>
    public static async Task<RegisterScope?> ResolveAsync(ClaimsPrincipal user, long? requested, IOrganisationRegister organisations, CancellationToken cancellationToken)
    {
        if (SignInPrincipal.OrganisationId(user) is not { } home)
        {
            return null;
        }

        var school = await SchoolsInScope.ChooseAsync(home, requested, organisations, cancellationToken);
        if (school is null)
        {
            return null;
        }

        var schools = await SchoolsInScope.HandleAsync(home, organisations, cancellationToken);
        return new RegisterScope(school, schools);
    }
}
