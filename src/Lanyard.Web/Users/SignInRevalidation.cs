using Lanyard.Core.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Lanyard.Web.Users;

/// <summary>
/// A sliding cookie would otherwise keep a removed member of staff signed in for as long as they
/// keep clicking, and keep roles they have lost. Every few minutes the account behind the cookie is
/// read again: gone, and the cookie is rejected; still there, and the cookie gets the current name
/// and roles. A lockout does not end a session already open: a stranger guessing passwords should
/// not be able to throw the real user out.
/// </summary>
internal static class SignInRevalidation
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (SignInPrincipal.CheckedAt(context.Properties) is { } checkedAt && now - checkedAt < Interval)
        {
            return;
        }

        var userId = SignInPrincipal.UserId(context.Principal);
        var account = userId is { } id
            ? await services.GetRequiredService<IUserStore>().FindAsync(id, context.HttpContext.RequestAborted)
            : null;
        if (account is null)
        {
            var logger = services.GetRequiredService<ILogger<CookieAuthenticationHandler>>();
            SignInLog.AccountGone(logger, userId);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.ReplacePrincipal(SignInPrincipal.Create(account));
        SignInPrincipal.SetCheckedAt(context.Properties, now);
        context.ShouldRenew = true;
    }
}
