using Lanyard.Core.Organisations;

namespace Lanyard.Core.Tests.Casework.Evidence;

/// <summary>A fixed organisation register for use-case tests.</summary>
internal sealed class FixedOrganisations(params Organisation[] organisations) : IOrganisationRegister
{
    public Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Organisation>>(organisations);

    public Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken) => throw new NotSupportedException("The tests' register is fixed.");

    public Task UpdateSettingsAsync(long id, int yearStartMonth, int yearStartDay, IReadOnlyList<string> emailDomains, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The tests' register is fixed.");
}
