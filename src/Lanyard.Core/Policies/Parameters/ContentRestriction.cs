using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>Content forbidden for some authors, with the verdict and clause.</summary>
public sealed record ContentRestriction
{
    /// <summary>Authors the restriction binds.</summary>
    public required IReadOnlyList<Role> AuthorRoles { get; init; }

    /// <summary>What a match does.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }
}
