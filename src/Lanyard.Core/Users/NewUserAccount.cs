namespace Lanyard.Core.Users;

/// <summary>
/// An account to add, already validated by <see cref="CreateUserAccount"/>, its password already
/// hashed. A class, not a record, so that printing one shows neither the email nor the hash.
/// </summary>
public sealed class NewUserAccount
{
    /// <summary>Creates the account to add.</summary>
    /// <param name="personId">The member of staff in the people register.</param>
    /// <param name="email">The normalised login email.</param>
    /// <param name="passwordHash">The hash of the chosen password.</param>
    /// <param name="createdAt">When the account was created.</param>
    public NewUserAccount(long personId, string email, string passwordHash, DateTimeOffset createdAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(personId);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        if (LoginEmail.Normalise(email) is not { } normalised || normalised != email)
        {
            throw new ArgumentException("The login email must be normalised (see LoginEmail).", nameof(email));
        }

        PersonId = personId;
        Email = email;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    /// <summary>The member of staff in the people register.</summary>
    public long PersonId { get; }

    /// <summary>The normalised login email.</summary>
    public string Email { get; }

    /// <summary>The hash of the chosen password.</summary>
    public string PasswordHash { get; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; }
}
