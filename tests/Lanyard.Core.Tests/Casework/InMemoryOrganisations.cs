using Lanyard.Core.Organisations;

namespace Lanyard.Core.Tests.Casework;

/// <summary>An organisation register in memory.</summary>
internal sealed class InMemoryOrganisations(params Organisation[] organisations) : IOrganisationRegister
{
    private readonly List<Organisation> _all = [.. organisations];

    public Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Organisation>>([.. _all.OrderBy(o => o.Name, StringComparer.Ordinal)]);

    public Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken)
    {
        var added = new Organisation(_all.Count + 1L, organisation.Name, organisation.Level, organisation.ParentId, organisation.PackId);
        _all.Add(added);
        return Task.FromResult(added);
    }

    public Task UpdateSettingsAsync(long id, int yearStartMonth, int yearStartDay, IReadOnlyList<string> emailDomains, CancellationToken cancellationToken)
    {
        var index = _all.FindIndex(o => o.Id == id);
        _all[index] = _all[index] with { YearStartMonth = yearStartMonth, YearStartDay = yearStartDay, EmailDomains = emailDomains };
        return Task.CompletedTask;
    }
}
