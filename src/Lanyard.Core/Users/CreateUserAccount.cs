namespace Lanyard.Core.Users;

/// <summary>
/// Use case: give a member of staff a sign-in. The email must look like an address and be free, the
/// member of staff must not have a sign-in already, and the password must be long enough. The
/// password is hashed here and never stored or returned.
/// </summary>
public static class CreateUserAccount
{
    /// <summary>The shortest password accepted (three random words easily clear it).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>The longest password accepted, which bounds the work of hashing one.</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>What is asked for. A class, not a record, so that printing it never shows the password.</summary>
    public sealed class Request
    {
        /// <summary>Creates the request.</summary>
        public Request(long personId, string? email, string? password)
        {
            PersonId = personId;
            Email = email;
            Password = password;
        }

        /// <summary>The member of staff in the people register.</summary>
        public long PersonId { get; }

        /// <summary>The login email as typed.</summary>
        public string? Email { get; }

        /// <summary>The chosen password.</summary>
        public string? Password { get; }
    }

    /// <summary>The new account, or the reasons it was refused (keyed by field).</summary>
    /// <param name="Account">The account added, or null.</param>
    /// <param name="Errors">Field name → message; empty on success.</param>
    public sealed record Result(UserAccount? Account, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the account was added.</summary>
        public bool Succeeded => Account is not null;
    }

    /// <summary>Validates, hashes the password and adds the account.</summary>
    /// <exception cref="InvalidOperationException">The person is not a member of staff (from the store).</exception>
    public static async Task<Result> HandleAsync(Request request, IUserStore store, IPasswordHasher hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var email = LoginEmail.Normalise(request.Email);
        if (email is null)
        {
            errors[nameof(Request.Email)] = "Enter an email address, like name@school.org.uk.";
        }
        else if (await store.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false) is not null)
        {
            errors[nameof(Request.Email)] = "Another sign-in already uses that email address.";
        }

        if (await store.FindByPersonAsync(request.PersonId, cancellationToken).ConfigureAwait(false) is not null)
        {
            errors[nameof(Request.PersonId)] = "This member of staff already has a sign-in.";
        }

        var password = request.Password ?? string.Empty;
        if (password.Length < MinPasswordLength)
        {
            errors[nameof(Request.Password)] = $"Choose a password of at least {MinPasswordLength} characters; three random words work well.";
        }
        else if (password.Length > MaxPasswordLength)
        {
            errors[nameof(Request.Password)] = $"Choose a password of at most {MaxPasswordLength} characters.";
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var added = await store.AddAsync(new NewUserAccount(request.PersonId, email!, hasher.Hash(password), clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return new Result(added, new Dictionary<string, string>());
    }
}
