namespace Lanyard.Core.Users;

/// <summary>
/// An account with its password hash, read only to check a sign-in. The hash is kept apart from
/// <see cref="UserAccount"/> so that nothing else (claims, pages, logs) ever holds it; a class, not a
/// record, so that printing one shows neither.
/// </summary>
public sealed class UserCredentials
{
    /// <summary>Pairs an account with its stored hash.</summary>
    public UserCredentials(UserAccount account, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        Account = account;
        PasswordHash = passwordHash;
    }

    /// <summary>The account.</summary>
    public UserAccount Account { get; }

    /// <summary>The stored hash, in the hasher's own format.</summary>
    public string PasswordHash { get; }
}
