using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

/// <summary>
/// A transparent stand-in for the real hasher: "old:" hashes verify but ask to be rehashed, like an
/// Identity hash from older settings. Counts its calls so a test can see the work done.
/// </summary>
internal sealed class FakeHasher : IPasswordHasher
{
    public int Hashes { get; private set; }

    public int Verifications { get; private set; }

    public static string Hashed(string password) => "new:" + password;

    public string Hash(string password)
    {
        Hashes++;
        return Hashed(password);
    }

    public PasswordCheck Verify(string hash, string password)
    {
        Verifications++;
        return hash == Hashed(password) ? PasswordCheck.Succeeded
            : hash == "old:" + password ? PasswordCheck.SucceededRehashNeeded
            : PasswordCheck.Failed;
    }
}
