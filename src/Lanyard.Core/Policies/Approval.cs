namespace Lanyard.Core.Policies;

/// <summary>Who approved the policy and when (CLAUSES.md §3 row 26).</summary>
public sealed record Approval
{
    /// <summary>A body, a committee, a single role, or signatories.</summary>
    public required ApprovalKind Kind { get; init; }

    /// <summary>The approving body or committee by name, e.g. "Full Governing Body".</summary>
    public string? Body { get; init; }

    /// <summary>The approving role, where one office-holder approves (Cambrian: the COO).</summary>
    public Role? Role { get; init; }

    /// <summary>When it was approved.</summary>
    public PackDate? Date { get; init; }

    /// <summary>True when the approver is implied by the text rather than stated.</summary>
    public bool Inferred { get; init; }

    /// <summary>Signature lines, where the policy is adopted by signature.</summary>
    public IReadOnlyList<Signature> Signatures { get; init; } = [];

    /// <summary>Clause ids this approval record comes from.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];

    /// <summary>True when every signature line is signed (a pack with no signature lines is adopted by its approver).</summary>
    public bool AllSignaturesPresent => Signatures.All(s => s.SignedInCopy);
}
