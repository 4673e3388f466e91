using Lanyard.Core.Casework.Letters;

namespace Lanyard.Core.Tests.Casework.Letters;

/// <summary>Letter templates and issued letters in memory; append-only like the real store.</summary>
internal sealed class InMemoryLetterStore : ILetterStore
{
    public List<LetterTemplate> Templates { get; } = [];

    public List<IssuedLetter> Letters { get; } = [];

    public Task<LetterTemplate?> LatestTemplateAsync(long organisationId, string packId, LetterKind kind, CancellationToken cancellationToken) =>
        Task.FromResult(Matching(organisationId, packId, kind).FirstOrDefault());

    public Task<IReadOnlyList<LetterTemplate>> TemplateHistoryAsync(long organisationId, string packId, LetterKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LetterTemplate>>([.. Matching(organisationId, packId, kind)]);

    public Task<long> AddTemplateAsync(LetterTemplate letterTemplate, CancellationToken cancellationToken)
    {
        if (Templates.Any(t => t.OrganisationId == letterTemplate.OrganisationId && t.PackId == letterTemplate.PackId && t.Kind == letterTemplate.Kind && t.Version == letterTemplate.Version))
        {
            throw new InvalidOperationException("Version taken.");
        }

        var id = Templates.Count + 1L;
        Templates.Add(letterTemplate with { Id = id });
        return Task.FromResult(id);
    }

    public Task<long> AddLetterAsync(IssuedLetter letter, CancellationToken cancellationToken)
    {
        var id = Letters.Count + 1L;
        Letters.Add(letter with { Id = id });
        return Task.FromResult(id);
    }

    public Task<IReadOnlyList<IssuedLetter>> ListForCaseAsync(long caseId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IssuedLetter>>([.. Letters.Where(l => l.CaseId == caseId)]);

    private IEnumerable<LetterTemplate> Matching(long organisationId, string packId, LetterKind kind) =>
        Templates.Where(t => t.OrganisationId == organisationId && t.PackId == packId && t.Kind == kind).OrderByDescending(t => t.Version);
}
