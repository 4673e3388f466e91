using Lanyard.Core.Governance;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Governance;

/// <summary>The governance use cases' registers over one unit of work (for the CLI and tests; the web app registers each store).</summary>
public static class GovernanceStores
{
    /// <summary>Every register the governance use cases need, in <paramref name="work"/>.</summary>
    public static GovernancePorts Over(UnitOfWork work) => new(
        new OrganisationStore(work),
        new PeopleStore(work),
        new PolicyVersionStore(work),
        new PolicyReviewStore(work),
        new ReviewTaskStore(work),
        new DeclarationStore(work),
        new TrainingStore(work));
}
