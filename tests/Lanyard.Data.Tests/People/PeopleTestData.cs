using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Data.Organisations;

namespace Lanyard.Data.Tests.People;

internal static class PeopleTestData
{
    public static async Task<long> SchoolAsync(UnitOfWork work, string name = "Testbourne Community School") =>
        (await new OrganisationStore(work).AddAsync(new NewOrganisation(name, OrganisationLevel.School, null, "testbourne"), CancellationToken.None)).Id;
}
