namespace Lanyard.Core.Organisations;

/// <summary>Where organisations are kept. Implemented over a real database in Lanyard.Data.</summary>
public interface IOrganisationRegister
{
    /// <summary>Every organisation, ordered by name.</summary>
    Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds an organisation and returns it with its id.</summary>
    Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken);

    /// <summary>Sets when the school year starts and the organisation's own email domains.</summary>
    Task UpdateSettingsAsync(long id, int yearStartMonth, int yearStartDay, IReadOnlyList<string> emailDomains, CancellationToken cancellationToken);
}
