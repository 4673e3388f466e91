using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Governance;

/// <summary>The registers the governance use cases read and write, in one unit of work.</summary>
/// <param name="Organisations">Schools, trusts and federations.</param>
/// <param name="People">Staff and their roles: who may approve, who is bound, who signs.</param>
/// <param name="Versions">The policy register.</param>
/// <param name="Reviews">Completed reviews.</param>
/// <param name="ReviewTasks">Open and closed review tasks.</param>
/// <param name="Declarations">Staff declarations and acknowledgements.</param>
/// <param name="Training">Training sessions and attendance.</param>
public sealed record GovernancePorts(
    IOrganisationRegister Organisations,
    IPeopleRegister People,
    IPolicyVersionRegister Versions,
    IPolicyReviewRegister Reviews,
    IReviewTaskRegister ReviewTasks,
    IDeclarationRegister Declarations,
    ITrainingRegister Training);
