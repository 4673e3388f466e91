namespace Lanyard.Core.Policies.Parameters;

/// <summary>Only these roles may take these steps (or, as an owner rule, be assigned the case) on these case types.</summary>
public sealed record CaseRoleRule
{
    /// <summary>The roles allowed.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }

    /// <summary>The steps it limits (step roles only; owner rules leave it empty).</summary>
    public IReadOnlyList<Casework.CaseStep> Steps { get; init; } = [];

    /// <summary>The case types it applies to; empty for every type.</summary>
    public IReadOnlyList<Casework.CaseType> CaseTypes { get; init; } = [];

    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }
}
