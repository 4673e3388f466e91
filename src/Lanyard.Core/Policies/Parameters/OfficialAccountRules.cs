namespace Lanyard.Core.Policies.Parameters;

/// <summary>Requirements on official accounts (§3 row 13).</summary>
public sealed record OfficialAccountRules : PackParameter
{
    /// <summary>Registering the first official account opens a policy review (Chapmanslade).</summary>
    public bool FirstAccountTriggersReview { get; init; }

    /// <summary>The checks applied when an account is registered or changed.</summary>
    public IReadOnlyList<AccountValidator> Validators { get; init; } = [];
}
