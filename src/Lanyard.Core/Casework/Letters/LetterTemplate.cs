namespace Lanyard.Core.Casework.Letters;

/// <summary>
/// One saved version of a school's template for a letter. Saving never changes an earlier version:
/// each save is a new row with the next version number, the latest wins, and the shipped default
/// (version 0, never stored) applies until the first save. A reset to the default is a new version
/// holding the default's text.
/// </summary>
public sealed record LetterTemplate
{
    /// <summary>The store's id; 0 before it is stored, and for the shipped default.</summary>
    public long Id { get; init; }

    /// <summary>The organisation whose template it is; null for the shipped default.</summary>
    public long? OrganisationId { get; init; }

    /// <summary>The pack it is written for.</summary>
    public required string PackId { get; init; }

    /// <summary>The letter.</summary>
    public required LetterKind Kind { get; init; }

    /// <summary>1, 2, … per organisation, pack and kind; 0 for the shipped default.</summary>
    public required int Version { get; init; }

    /// <summary>The text, Markdown with <c>{{placeholders}}</c> (<see cref="LetterPlaceholders"/>).</summary>
    public required string Body { get; init; }

    /// <summary>True when the text is the shipped default (version 0, or a reset).</summary>
    public bool IsDefault { get; init; }

    /// <summary>When it was saved; null for the shipped default.</summary>
    public DateTimeOffset? SavedAt { get; init; }

    /// <summary>The user who saved it; null for the shipped default.</summary>
    public long? SavedByUserId { get; init; }
}
