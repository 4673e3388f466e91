namespace Lanyard.Core.Users;

/// <summary>
/// Login emails are compared without regard to case or surrounding spaces, so they are stored and
/// looked up in one form: trimmed and lower case (the database's unique index is on the lower-cased
/// value as well).
/// </summary>
public static class LoginEmail
{
    /// <summary>The longest address the standards allow (RFC 5321's path limit less the angle brackets).</summary>
    public const int MaxLength = 254;

    /// <summary>The normalised form, or null when <paramref name="email"/> is not shaped like an address.</summary>
    public static string? Normalise(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            return null;
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        var shaped = at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace);
        return shaped ? trimmed.ToLowerInvariant() : null;
    }
}
