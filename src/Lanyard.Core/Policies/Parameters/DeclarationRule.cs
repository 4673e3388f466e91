namespace Lanyard.Core.Policies.Parameters;

/// <summary>Staff read-and-sign or acknowledgement (§3 row 30).</summary>
public sealed record DeclarationRule : PackParameter
{
    /// <summary>Signed declaration, acknowledgement, or managers ensure understanding.</summary>
    public required DeclarationKind Kind { get; init; }

    /// <summary>Fields a signed declaration captures.</summary>
    public IReadOnlyList<DeclarationField> Fields { get; init; } = [];

    /// <summary>What the signer confirms.</summary>
    public string? Wording { get; init; }
}
