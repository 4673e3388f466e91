namespace Lanyard.Core.Casework.Letters;

/// <summary>A letter as issued from a case: its exact text is kept, never changed or deleted.</summary>
public sealed record IssuedLetter
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public required long CaseId { get; init; }

    /// <summary>The school the case belongs to.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The letter.</summary>
    public required LetterKind Kind { get; init; }

    /// <summary>The pack whose template was used.</summary>
    public required string PackId { get; init; }

    /// <summary>The template version used (0 = the shipped default).</summary>
    public required int TemplateVersion { get; init; }

    /// <summary>The letter exactly as issued.</summary>
    public required string Text { get; init; }

    /// <summary>When it was issued.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The user who issued it.</summary>
    public required long IssuedByUserId { get; init; }

    /// <summary>Their name as shown when it was issued.</summary>
    public required string IssuedByName { get; init; }
}
