using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>One check the official account register applies, with the clause it enforces.</summary>
public sealed record AccountValidator
{
    /// <summary>What is checked.</summary>
    public required AccountRule Rule { get; init; }

    /// <summary>The clause id cited when the check fails.</summary>
    public required string Clause { get; init; }

    /// <summary>What a failure does: hold or block (reject).</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>For approval checks, who approves.</summary>
    public Role? ApproverRole { get; init; }

    /// <summary>Platforms the check does not apply to (Testbourne: LinkedIn).</summary>
    public IReadOnlyList<PlatformKind> ExemptPlatforms { get; init; } = [];

    /// <summary>
    /// The purposes of account the check covers; empty means every official account. Written
    /// <c>purposes: [curriculum, closed-space]</c> where the policy limits a rule to some accounts
    /// (Heathcoat: "when using social media for educational purposes").
    /// </summary>
    public IReadOnlyList<AccountPurpose> Purposes { get; init; } = [];
}
