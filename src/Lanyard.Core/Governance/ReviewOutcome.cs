namespace Lanyard.Core.Governance;

/// <summary>What a completed policy review decided.</summary>
public enum ReviewOutcome
{
    /// <summary>The policy stands as it is; only the review date moves on.</summary>
    NoChange,

    /// <summary>The review issued a new version of the policy.</summary>
    NewVersion,
}
