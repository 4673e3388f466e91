using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Data;

/// <summary>
/// The organisations behind the five shipped packs, so a fresh install has something to show, each
/// with an invented email domain (the demo sign-ins use the schools' ones; official accounts are
/// judged against them). Seeded only into an empty register and only when asked
/// (<c>./lanyard.sh serve</c> asks).
/// </summary>
public static class DemoData
{
    /// <summary>Seeds the register if it is empty; returns how many organisations were added.</summary>
    public static async Task<int> SeedAsync(IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        if ((await register.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return 0;
        }

        var added = 0;
        async Task<Organisation> Add(string name, OrganisationLevel level, long? parent, string? pack, string domain)
        {
            added++;
            var organisation = await register.AddAsync(new NewOrganisation(name, level, parent, pack), cancellationToken).ConfigureAwait(false);
            await register.UpdateSettingsAsync(organisation.Id, organisation.YearStartMonth, organisation.YearStartDay, [domain], cancellationToken).ConfigureAwait(false);
            return organisation;
        }

        await Add("Chapmanslade School", OrganisationLevel.School, null, "chapmanslade", "chapmanslade.demo").ConfigureAwait(false);
        await Add("Testbourne Community School", OrganisationLevel.School, null, "testbourne", "testbourne.demo").ConfigureAwait(false);
        var trust = await Add("Cambrian Learning Trust", OrganisationLevel.Trust, null, "cambrian", "cambriantrust.demo").ConfigureAwait(false);
        await Add("Cambrian Valley Academy", OrganisationLevel.School, trust.Id, null, "cambrian.demo").ConfigureAwait(false);
        await Add("St Mary's Catholic Primary School", OrganisationLevel.School, null, "st-marys-sefton", "stmarys.demo").ConfigureAwait(false);
        var federation = await Add("The Federation of Tiverton Schools", OrganisationLevel.Federation, null, "heathcoat", "tivertonfederation.demo").ConfigureAwait(false);
        await Add("Heathcoat Primary School", OrganisationLevel.School, federation.Id, null, "heathcoat.demo").ConfigureAwait(false);
        return added;
    }
}
