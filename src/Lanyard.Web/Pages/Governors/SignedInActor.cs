using System.Security.Claims;
using Lanyard.Core.Casework;
using Lanyard.Web.Users;

namespace Lanyard.Web.Pages.Governors;

/// <summary>
/// The <see cref="CaseActor"/> the governors' report, chronology and letter pages hand to the use
/// cases, read from the sign-in cookie (account, person, name, organisation, roles). The use cases
/// decide access through <see cref="CaseAccess"/>; these pages never do.
/// </summary>
internal static class SignedInActor
{
    /// <summary>The actor, or null when the principal is not a complete Lanyard sign-in (the page then answers 404).</summary>
    public static CaseActor? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (SignInPrincipal.UserId(user) is not { } userId
            || SignInPrincipal.PersonId(user) is not { } personId
            || SignInPrincipal.OrganisationId(user) is not { } organisationId)
        {
            return null;
        }

        return new CaseActor(userId, personId, user.FindFirstValue(ClaimTypes.Name) ?? string.Empty, organisationId, SignInPrincipal.Roles(user));
    }
}
