namespace Lanyard.Core.Policies;

/// <summary>A job title the policy treats as one of Lanyard's roles (Heathcoat: Head of Primary ⇒ headteacher).</summary>
public sealed record RoleAlias
{
    /// <summary>The title as the policy writes it.</summary>
    public required string Alias { get; init; }

    /// <summary>The role it stands for.</summary>
    public required Role Role { get; init; }

    /// <summary>The clause that defines the alias.</summary>
    public string? Clause { get; init; }
}
