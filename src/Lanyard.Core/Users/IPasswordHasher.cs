namespace Lanyard.Core.Users;

/// <summary>
/// Hashes and checks passwords. The core only sees this port: the implementation is ASP.NET Core
/// Identity's <c>PasswordHasher</c> in the web app (salted PBKDF2, its own versioned format), and
/// tests pass a cheap fake.
/// </summary>
public interface IPasswordHasher
{
    /// <summary>A new salted hash of <paramref name="password"/>.</summary>
    string Hash(string password);

    /// <summary>Checks <paramref name="password"/> against a stored <paramref name="hash"/>.</summary>
    PasswordCheck Verify(string hash, string password);
}
