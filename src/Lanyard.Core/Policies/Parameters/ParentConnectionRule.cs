using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>Staff connecting with parents on personal accounts (§3 row 7).</summary>
public sealed record ParentConnectionRule : PackParameter
{
    /// <summary>How the pack decides.</summary>
    public required ParentConnectionMode Mode { get; init; }

    /// <summary>The actions the rule covers.</summary>
    public required IReadOnlyList<ConnectionAction> Actions { get; init; }

    /// <summary>Which parents are covered; null means parents of current pupils.</summary>
    public ParentScope? ParentsOf { get; init; }

    /// <summary>For parents of former pupils, the age under which the former pupil keeps the rule alive.</summary>
    public int? FormerPupilUnderAge { get; init; }

    /// <summary>Whose advice may lift a hold.</summary>
    public Role? AdviceRole { get; init; }

    /// <summary>The actions the advice route is open to (St Mary's: incoming requests only).</summary>
    public IReadOnlyList<ConnectionAction> AdviceActions { get; init; } = [];

    /// <summary>When an exception applies, allow with a warning rather than silently.</summary>
    public bool WarnWhenExcepted { get; init; }
}
