using Lanyard.Core.Users;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignInUseCase = Lanyard.Core.Users.SignIn;

namespace Lanyard.Web.Pages.Account;

/// <summary>
/// The sign-in form, open to anyone. A refusal says the same thing for an unknown email and a wrong
/// password; a locked account says when to try again. Anti-forgery applies here too, so another site
/// cannot sign a browser in as someone else.
/// </summary>
public sealed class SignInModel : PageModel
{
    private readonly IUserStore _users;
    private readonly IPasswordHasher _hasher;
    private readonly TimeProvider _clock;
    private readonly ILogger<SignInModel> _logger;

    /// <summary>Creates the page.</summary>
    public SignInModel(IUserStore users, IPasswordHasher hasher, TimeProvider clock, ILogger<SignInModel> logger)
    {
        _users = users;
        _hasher = hasher;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The login email as typed; shown again after a refusal.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password as typed; never shown again.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; only an address in this app is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>True after signing out, to say so.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    /// <summary>Why the last attempt was refused, if it was.</summary>
    public string? Problem { get; private set; }

    /// <summary>GET /account/sign-in: the form, or straight on for someone already signed in.</summary>
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    /// <summary>POST /account/sign-in: checks the password and, if right, issues the sign-in cookie.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await SignInUseCase.HandleAsync(new SignInUseCase.Request(Email, Password), _users, _hasher, _clock, cancellationToken);
        Password = null;
        switch (result)
        {
            case { Outcome: SignInUseCase.Outcome.SignedIn, Account: { } account }:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInPrincipal.Create(account), SignInPrincipal.NewProperties(_clock.GetUtcNow()));
                SignInLog.SignedIn(_logger, account.Id);
                return LocalRedirect(SafeReturnUrl);
            case { Outcome: SignInUseCase.Outcome.LockedOut, UserId: { } lockedId, LockedUntil: { } until }:
                if (result.LockedNow)
                {
                    SignInLog.LockedNow(_logger, lockedId, until);
                }
                else
                {
                    SignInLog.StillLocked(_logger, lockedId, until);
                }

                break;
            case { UserId: { } refusedId }:
                SignInLog.WrongPassword(_logger, refusedId);
                break;
            default:
                SignInLog.UnknownEmail(_logger);
                break;
        }

        Problem = result.Message;
        return Page();
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
