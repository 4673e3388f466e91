namespace Lanyard.Core.Governance;

/// <summary>
/// The registers an event outside governance needs to open an early policy review (casework closing
/// a case as a significant incident): the policy register, to find the version in force and whether it
/// names the event as a trigger, and the review tasks. Taking a step also reads the case's own pack
/// version from the policy register here (<see cref="Casework.CasePacks"/>).
/// </summary>
/// <param name="Versions">The policy register.</param>
/// <param name="ReviewTasks">Open and closed review tasks.</param>
public sealed record EarlyReviewPorts(IPolicyVersionRegister Versions, IReviewTaskRegister ReviewTasks);
