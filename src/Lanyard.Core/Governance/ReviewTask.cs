using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// A policy review someone has to carry out, as the register stores it: which organisation's
/// policy, under which pack version, why it was raised (an early-review trigger and the clause that
/// names it), who should do it, and, once done, when, by whom and with what outcome. Deliberately
/// general: the first official account raises one today; the governance work (issue 6) adds
/// scheduled reviews, incidents and guidance changes to the same table.
/// </summary>
public sealed record ReviewTask
{
    /// <summary>The register's id; 0 before the task is stored.</summary>
    public long Id { get; init; }

    /// <summary>The organisation whose policy is to be reviewed (the school that registered the account).</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The pack in force when the task was raised.</summary>
    public required string PackId { get; init; }

    /// <summary>That pack's version, so the review knows what it is reviewing.</summary>
    public required string PackVersion { get; init; }

    /// <summary>Why the task exists.</summary>
    public ReviewTaskKind Kind { get; init; } = ReviewTaskKind.EarlyReview;

    /// <summary>The event that forced the review, when it is an early review.</summary>
    public ReviewTrigger? Trigger { get; init; }

    /// <summary>The clause that requires the review, e.g. <c>chapmanslade.review.01</c>.</summary>
    public string? ClauseId { get; init; }

    /// <summary>A short title, e.g. "Policy review due".</summary>
    public required string Title { get; init; }

    /// <summary>Why the review is due and what to do, in plain English.</summary>
    public required string Description { get; init; }

    /// <summary>The role that should carry out the review, when the policy names one.</summary>
    public Role? AssigneeRole { get; init; }

    /// <summary>The reviewing body in the policy's own words (e.g. "Governing Board"), when it gives one.</summary>
    public string? Reviewer { get; init; }

    /// <summary>The day the task was raised.</summary>
    public required DateOnly RaisedOn { get; init; }

    /// <summary>The day the review is due by, when the policy or the user sets one (no early-review clause does).</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>Open or closed.</summary>
    public ReviewTaskState State { get; init; } = ReviewTaskState.Open;

    /// <summary>The day it was closed; null while open.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Who closed it, from the people register; null while open or when named by <see cref="ClosedByName"/>.</summary>
    public long? ClosedByPersonId { get; init; }

    /// <summary>Who closed it, by name, when not in the people register (or as a snapshot of their name).</summary>
    public string? ClosedByName { get; init; }

    /// <summary>What the review decided (e.g. no change, a new version); null while open.</summary>
    public string? Outcome { get; init; }

    /// <summary>The official account whose registration raised the task, when one did.</summary>
    public long? AccountId { get; init; }

    /// <summary>The case closed as a significant incident that raised the task, when one did.</summary>
    public long? CaseId { get; init; }
}
