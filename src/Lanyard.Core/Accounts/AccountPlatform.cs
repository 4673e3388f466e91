using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Accounts;

/// <summary>
/// The platform an account lives on: the name people know it by, and the family a pack may treat
/// differently (Testbourne lets professional networks use a personal email).
/// </summary>
public sealed record AccountPlatform
{
    private static readonly string[] ProfessionalNetworks = ["LinkedIn", "Xing"];

    /// <summary>A platform with an explicit family, or none.</summary>
    /// <param name="name">The platform's name, e.g. <c>Facebook</c>.</param>
    /// <param name="kind">Its family, when it belongs to one a pack singles out; null otherwise.</param>
    /// <exception cref="ArgumentException">The name is blank or longer than 100 characters.</exception>
    public AccountPlatform(string name, PlatformKind? kind)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new ArgumentException("Enter the platform's name, e.g. Facebook.", nameof(name));
        }

        if (trimmed.Length > 100)
        {
            throw new ArgumentException("The platform's name must be 100 characters or fewer.", nameof(name));
        }

        if (kind is { } k && !Enum.IsDefined(k))
        {
            throw new ArgumentException($"Unknown platform kind {k}.", nameof(kind));
        }

        Name = trimmed;
        Kind = kind;
    }

    /// <summary>The platform's name, e.g. <c>Facebook</c>.</summary>
    public string Name { get; }

    /// <summary>The family a pack may single out, or null when it belongs to none.</summary>
    public PlatformKind? Kind { get; }

    /// <summary>
    /// A platform by name, recognising the professional networks by name so that a LinkedIn
    /// account gets Testbourne's 5b.07 exemption without anyone remembering to tick a box.
    /// </summary>
    public static AccountPlatform Named(string name) =>
        new(name, ProfessionalNetworks.Any(p => string.Equals(p, name?.Trim(), StringComparison.OrdinalIgnoreCase)) ? PlatformKind.ProfessionalNetwork : null);

    /// <summary>The platform's name.</summary>
    public override string ToString() => Name;
}
