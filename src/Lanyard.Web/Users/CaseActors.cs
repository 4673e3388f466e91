using System.Security.Claims;
using Lanyard.Core.Casework;

namespace Lanyard.Web.Users;

/// <summary>
/// The <see cref="CaseActor"/> every casework page hands to the use cases, read from the sign-in
/// cookie alone (account id, person, display name, organisation, roles). The cookie is re-read from
/// the database every few minutes (<see cref="SignInRevalidation"/>), so roles lost are lost here
/// too; the use cases then decide access through <see cref="CaseAccess"/>, never the page.
/// </summary>
internal static class CaseActors
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

        var name = user.FindFirstValue(ClaimTypes.Name) ?? string.Empty;
        return new CaseActor(userId, personId, name, organisationId, SignInPrincipal.Roles(user));
    }
}
