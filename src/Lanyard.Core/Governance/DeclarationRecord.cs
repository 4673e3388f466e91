using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Governance;

/// <summary>
/// A member of staff's signed declaration (Testbourne decl.01–02) or acknowledgement (Chapmanslade
/// roles-staff.01) of one version of the policy, with the clauses it covered. The signature is the
/// explicit confirmation of the signed-in person themselves: nobody signs for anyone else.
/// </summary>
public sealed record DeclarationRecord
{
    /// <summary>The register's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The school (or trust) the member of staff belongs to.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The member of staff, who is also the signed-in person who signed.</summary>
    public required long PersonId { get; init; }

    /// <summary>The pack.</summary>
    public required string PackId { get; init; }

    /// <summary>The version label signed (decl.01: the record stores the version it acknowledges).</summary>
    public required string PackVersion { get; init; }

    /// <summary>The register's version id; null when the shipped pack was in force.</summary>
    public long? VersionId { get; init; }

    /// <summary>Read-and-sign or acknowledgement.</summary>
    public required DeclarationKind Kind { get; init; }

    /// <summary>The name as the signer printed it, where the declaration asks for one.</summary>
    public string? PrintedName { get; init; }

    /// <summary>The signer's department, where the declaration asks for one.</summary>
    public string? Department { get; init; }

    /// <summary>The day signed, from the clock.</summary>
    public required DateOnly SignedOn { get; init; }

    /// <summary>The whole policy, or only the changed clauses.</summary>
    public required DeclarationScope Scope { get; init; }

    /// <summary>The clauses acknowledged, in document order.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];
}
