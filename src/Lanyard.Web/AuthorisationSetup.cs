using Lanyard.Core.Users;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lanyard.Web;

/// <summary>
/// Who may open what. Every page and endpoint needs a signed-in member of staff (the fallback policy)
/// unless it is listed in <see cref="AnonymousPages"/>; a folder listed in <see cref="FolderPolicies"/>
/// needs that policy as well. The roles behind each policy are in <see cref="AccessPolicies"/>.
/// To guard a new folder, add a line to <see cref="FolderPolicies"/>.
/// </summary>
internal static class AuthorisationSetup
{
    /// <summary>Pages anyone may open without signing in: signing in itself, and the error pages.</summary>
    public static readonly IReadOnlyList<string> AnonymousPages = ["/Account/SignIn", "/Error"];

    /// <summary>Folders of pages and the policy each needs on top of being signed in.</summary>
    public static readonly IReadOnlyList<(string Folder, string Policy)> FolderPolicies =
    [
        ("/Organisations", AccessPolicies.RegisterAdmin),
        ("/People", AccessPolicies.RegisterAdmin),
        ("/Consent", AccessPolicies.RegisterAdmin),
        ("/Accounts", AccessPolicies.RegisterAdmin),
        ("/Connections/Requests", AccessPolicies.Safeguarding),
    ];

    /// <summary>How long a sign-in lasts without a request; each request slides it on.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Cookie sign-in, the policies, and the password hasher.</summary>
    public static void AddLanyardSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<Core.Users.IPasswordHasher, IdentityPasswordHasher>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "Lanyard.SignIn";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // The app serves plain http on the loopback interface; behind TLS the cookie is Secure.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = IdleTimeout;
                options.SlidingExpiration = true;
                options.LoginPath = "/account/sign-in";
                options.LogoutPath = "/account/sign-out";
                options.AccessDeniedPath = "/account/access-denied";
                options.Events.OnValidatePrincipal = SignInRevalidation.ValidatePrincipalAsync;
                // A JSON caller wants a status code, not a sign-in page.
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        var authorisation = services.AddAuthorizationBuilder();
        foreach (var name in AccessPolicies.Names)
        {
            authorisation.AddPolicy(name, Policy(name));
        }

        // A page or endpoint that names no policy still needs a signed-in member of staff.
        authorisation.SetFallbackPolicy(Policy(AccessPolicies.Staff));
    }

    /// <summary>A policy from <see cref="AccessPolicies"/>: signed in, holding one of its roles if it names any.</summary>
    public static AuthorizationPolicy Policy(string name)
    {
        var policy = new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser();
        var roles = AccessPolicies.RolesFor(name);
        if (roles.Count > 0)
        {
            policy.RequireRole(roles.Select(StaffRoleNames.Name));
        }

        return policy.Build();
    }

    /// <summary>Applies <see cref="AnonymousPages"/> and <see cref="FolderPolicies"/> to the Razor Pages.</summary>
    public static void AddLanyardAuthorisation(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var page in AnonymousPages)
        {
            conventions.AllowAnonymousToPage(page);
        }

        foreach (var (folder, policy) in FolderPolicies)
        {
            conventions.AuthorizeFolder(folder, policy);
        }
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
