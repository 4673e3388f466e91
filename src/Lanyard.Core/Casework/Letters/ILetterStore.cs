namespace Lanyard.Core.Casework.Letters;

/// <summary>Letter templates (a new version per save) and issued letters (append-only). Nothing here updates or deletes.</summary>
public interface ILetterStore
{
    /// <summary>The latest saved version of an organisation's template for a pack and kind; null when it has never been saved.</summary>
    Task<LetterTemplate?> LatestTemplateAsync(long organisationId, string packId, LetterKind kind, CancellationToken cancellationToken);

    /// <summary>Every saved version, newest first.</summary>
    Task<IReadOnlyList<LetterTemplate>> TemplateHistoryAsync(long organisationId, string packId, LetterKind kind, CancellationToken cancellationToken);

    /// <summary>Stores a new template version; returns its id. A version already taken is an error (two saves raced).</summary>
    Task<long> AddTemplateAsync(LetterTemplate letterTemplate, CancellationToken cancellationToken);

    /// <summary>Stores an issued letter; returns its id.</summary>
    Task<long> AddLetterAsync(IssuedLetter letter, CancellationToken cancellationToken);

    /// <summary>The letters issued on a case, oldest first.</summary>
    Task<IReadOnlyList<IssuedLetter>> ListForCaseAsync(long caseId, CancellationToken cancellationToken);
}
