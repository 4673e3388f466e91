using Lanyard.Core.Users;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Account;

/// <summary>
/// Where a signed-in member of staff lands when a page needs a role they do not hold. Answers
/// 403 Forbidden, so the refusal is visible to tools as well as people.
/// </summary>
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>The signed-in user's roles, as people say them.</summary>
    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>GET /account/access-denied.</summary>
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Roles = [.. SignInPrincipal.Roles(User).Select(StaffRoleNames.DisplayName)];
    }
}
