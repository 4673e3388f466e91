using System.Globalization;
using System.Security.Claims;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Lanyard.Web.Users;

/// <summary>
/// What the sign-in cookie carries: the account id, the name to show, the organisation and the roles
/// (in kebab case, as the policies ask for them). Never the email or the password hash. The cookie
/// is encrypted by Data Protection, so the client cannot read or change it.
/// </summary>
internal static class SignInPrincipal
{
    public const string PersonClaim = "lanyard:person";
    public const string OrganisationClaim = "lanyard:organisation";

    // When the account behind the cookie was last read from the database (see SignInRevalidation).
    private const string CheckedAtItem = "lanyard:checked-at";

    public static ClaimsPrincipal Create(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.DisplayName),
            new(PersonClaim, account.PersonId.ToString(CultureInfo.InvariantCulture)),
            new(OrganisationClaim, account.OrganisationId.ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, StaffRoleNames.Name(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The account id, or null when the principal is not a Lanyard sign-in.</summary>
    public static long? UserId(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The signed-in member of staff's id in the people register, or null when not signed in.</summary>
    public static long? PersonId(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirstValue(PersonClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The organisation the signed-in member of staff belongs to (a school, or a trust or federation), or null.</summary>
    public static long? OrganisationId(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirstValue(OrganisationClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The signed-in user's roles, in declaration order.</summary>
    public static IReadOnlyList<StaffRole> Roles(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return [.. principal.FindAll(ClaimTypes.Role).Select(c => StaffRoleNames.TryParse(c.Value, out var role) ? role : null).OfType<StaffRole>().Order()];
    }

    /// <summary>Cookie properties for a new sign-in: a browser-session cookie, checked against the database as of now.</summary>
    public static AuthenticationProperties NewProperties(DateTimeOffset now)
    {
        var properties = new AuthenticationProperties { IsPersistent = false };
        SetCheckedAt(properties, now);
        return properties;
    }

    public static DateTimeOffset? CheckedAt(AuthenticationProperties properties) =>
        DateTimeOffset.TryParse(properties.GetString(CheckedAtItem), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    public static void SetCheckedAt(AuthenticationProperties properties, DateTimeOffset at) =>
        properties.SetString(CheckedAtItem, at.ToString("O", CultureInfo.InvariantCulture));
}
