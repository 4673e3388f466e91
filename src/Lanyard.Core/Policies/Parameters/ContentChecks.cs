namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// Which clauses of the pack the post check's findings break, and with what verdict. A category
/// no rule covers produces no finding under this pack: silence is not another pack's rule.
/// </summary>
public sealed record ContentChecks : PackParameter
{
    /// <summary>The rules, most specific first: the first rule that covers a finding decides it.</summary>
    public required IReadOnlyList<ContentCheckRule> Rules { get; init; }
}
