using Lanyard.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Account;

/// <summary>
/// Signing out is a POST with an anti-forgery token, so a link or an image on another page cannot
/// sign someone out. A GET shows the button.
/// </summary>
public sealed class SignOutModel : PageModel
{
    private readonly ILogger<SignOutModel> _logger;

    /// <summary>Creates the page.</summary>
    public SignOutModel(ILogger<SignOutModel> logger) => _logger = logger;

    /// <summary>GET /account/sign-out: a page with the sign-out button.</summary>
    public void OnGet()
    {
    }

    /// <summary>POST /account/sign-out: removes the sign-in cookie and returns to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var userId = SignInPrincipal.UserId(User);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        SignInLog.SignedOut(_logger, userId);
        return RedirectToPage("/Account/SignIn", new { signedOut = "true" });
    }
}
