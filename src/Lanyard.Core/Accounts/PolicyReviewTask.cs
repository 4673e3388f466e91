using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>
/// A "policy review due" task for the caller to store and show: raised when a school whose
/// policy says so (Chapmanslade review.01) registers its first official account.
/// </summary>
/// <param name="PackId">The pack whose policy is due for review.</param>
/// <param name="ClauseId">The clause that requires the review.</param>
/// <param name="Assignee">The role the clause names as reviewer, when it names one (Chapmanslade: the governing board).</param>
/// <param name="Reviewer">The reviewing body in the policy's own words, when it gives one.</param>
/// <param name="Title">A short title, "Policy review due".</param>
/// <param name="Description">Why the review is due and what to do, in plain English.</param>
/// <param name="RaisedOn">The day the account was registered.</param>
public sealed record PolicyReviewTask(
    string PackId,
    string ClauseId,
    Role? Assignee,
    string? Reviewer,
    string Title,
    string Description,
    DateOnly RaisedOn);
