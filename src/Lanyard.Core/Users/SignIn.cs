using System.Globalization;

namespace Lanyard.Core.Users;

/// <summary>
/// Use case: sign in with a login email and password. Five wrong passwords in a row lock the account
/// for fifteen minutes. A refusal never says whether the email belongs to an account; a locked
/// account says when to try again, and while it is locked the password is not even checked, so a
/// locked account cannot be used to test guesses.
/// </summary>
public static class SignIn
{
    /// <summary>Consecutive wrong passwords that lock an account.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>The same message for an unknown email and a wrong password.</summary>
    public const string NotRightMessage = "The email or password is not right.";

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    /// <summary>The outcome of an attempt.</summary>
    public enum Outcome
    {
        /// <summary>The password was right; the user is signed in.</summary>
        SignedIn,

        /// <summary>The email or password was missing or not right.</summary>
        Refused,

        /// <summary>The account is locked, by this attempt or an earlier one.</summary>
        LockedOut,
    }

    /// <summary>What the user typed. A class, not a record, so that printing it never shows the password.</summary>
    public sealed class Request
    {
        /// <summary>Creates the request.</summary>
        public Request(string? email, string? password)
        {
            Email = email;
            Password = password;
        }

        /// <summary>The login email as typed.</summary>
        public string? Email { get; }

        /// <summary>The password as typed.</summary>
        public string? Password { get; }
    }

    /// <summary>The outcome, what to tell the user, and what may be logged.</summary>
    /// <param name="Outcome">Signed in, refused or locked out.</param>
    /// <param name="Message">What to show the user; null when signed in.</param>
    /// <param name="Account">The signed-in account; null unless <see cref="Outcome.SignedIn"/>.</param>
    /// <param name="UserId">The account the attempt was for, for the log only; null when no account has that email.</param>
    /// <param name="LockedUntil">When the lockout ends, when locked out.</param>
    /// <param name="LockedNow">True when this attempt's wrong password caused the lockout.</param>
    public sealed record Result(Outcome Outcome, string? Message, UserAccount? Account, long? UserId, DateTimeOffset? LockedUntil, bool LockedNow)
    {
        /// <summary>True when the user is signed in.</summary>
        public bool Succeeded => Outcome == Outcome.SignedIn;
    }

    /// <summary>Checks the attempt, records its effect on the account and says what happened.</summary>
    public static async Task<Result> HandleAsync(Request request, IUserStore store, IPasswordHasher hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return new Result(Outcome.Refused, "Enter your email address and password.", null, null, null, false);
        }

        var email = LoginEmail.Normalise(request.Email);
        var credentials = email is null ? null : await store.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false);
        if (credentials is null)
        {
            // Spend the time a real check takes, so the response time does not tell an unknown email apart.
            _ = hasher.Hash(request.Password);
            return Refused(null);
        }

        var account = credentials.Account;
        if (account.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return LockedOut(account.Id, lockedUntil, now, lockedNow: false);
        }

        var check = hasher.Verify(credentials.PasswordHash, request.Password);
        if (check == PasswordCheck.Failed)
        {
            var state = await store.RecordFailedSignInAsync(account.Id, MaxFailedSignIns, now + LockoutPeriod, cancellationToken).ConfigureAwait(false);
            return state.LockedUntil is { } until && until > now ? LockedOut(account.Id, until, now, lockedNow: true) : Refused(account.Id);
        }

        var newHash = check == PasswordCheck.SucceededRehashNeeded ? hasher.Hash(request.Password) : null;
        await store.RecordSignInAsync(account.Id, now, newHash, cancellationToken).ConfigureAwait(false);
        var signedIn = new UserAccount(account.Id, account.PersonId, account.Email, account.DisplayName, account.OrganisationId, account.Roles, 0, null);
        return new Result(Outcome.SignedIn, null, signedIn, account.Id, null, false);
    }

    private static Result Refused(long? userId) => new(Outcome.Refused, NotRightMessage, null, userId, null, false);

    private static Result LockedOut(long userId, DateTimeOffset until, DateTimeOffset now, bool lockedNow)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"This account is locked after {MaxFailedSignIns} wrong passwords in a row. Try again in {minutes} minute{(minutes == 1 ? string.Empty : "s")}.");
        return new Result(Outcome.LockedOut, message, null, userId, until, lockedNow);
    }
}
