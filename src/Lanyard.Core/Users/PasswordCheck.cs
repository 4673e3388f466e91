namespace Lanyard.Core.Users;

/// <summary>What checking a password against its stored hash found.</summary>
public enum PasswordCheck
{
    /// <summary>The password is wrong.</summary>
    Failed,

    /// <summary>The password is right.</summary>
    Succeeded,

    /// <summary>The password is right, but the hash uses older settings and should be replaced.</summary>
    SucceededRehashNeeded,
}
