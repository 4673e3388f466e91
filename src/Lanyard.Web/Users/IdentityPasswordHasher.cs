using Lanyard.Core.Users;
using Microsoft.AspNetCore.Identity;

namespace Lanyard.Web.Users;

/// <summary>
/// The core's password port over ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: salted
/// PBKDF2 in Identity's versioned format, so a hash written with older settings verifies and is
/// reported for rehashing.
/// </summary>
internal sealed class IdentityPasswordHasher : Core.Users.IPasswordHasher
{
    // Identity's hasher takes a user for hashers that want one; the default ignores it.
    private static readonly object NoUser = new();
    private readonly PasswordHasher<object> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword(NoUser, password);

    public PasswordCheck Verify(string hash, string password) => _hasher.VerifyHashedPassword(NoUser, hash, password) switch
    {
        PasswordVerificationResult.Success => PasswordCheck.Succeeded,
        PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
        _ => PasswordCheck.Failed,
    };
}
