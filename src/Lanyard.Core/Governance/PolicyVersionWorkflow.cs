using Lanyard.Core.Workflows;

namespace Lanyard.Core.Governance;

/// <summary>
/// The state machine of a policy version: Draft → Approved → InForce (on its effective date) →
/// Superseded, and Draft → Withdrawn. A step the table does not list is refused with
/// <see cref="WorkflowText.Refusal{TState, TTrigger}"/>, naming the steps that are allowed.
/// </summary>
public static class PolicyVersionWorkflow
{
    /// <summary>What the refusal calls a version.</summary>
    public const string Subject = "the version";

    /// <summary>Every legal step.</summary>
    public static TransitionTable<PolicyVersionState, PolicyVersionStep> Table { get; } = new(
    [
        new(PolicyVersionState.Draft, PolicyVersionStep.EditDraft, PolicyVersionState.Draft, []),
        new(PolicyVersionState.Draft, PolicyVersionStep.Sign, PolicyVersionState.Draft, []),
        new(PolicyVersionState.Draft, PolicyVersionStep.Approve, PolicyVersionState.Approved, []),
        new(PolicyVersionState.Draft, PolicyVersionStep.Withdraw, PolicyVersionState.Withdrawn, []),
        new(PolicyVersionState.Approved, PolicyVersionStep.TakeEffect, PolicyVersionState.InForce, []),
        new(PolicyVersionState.InForce, PolicyVersionStep.Supersede, PolicyVersionState.Superseded, []),
    ]);

    /// <summary>
    /// A version's state on <paramref name="day"/>: an approved version whose effective date has come
    /// is in force if it is the latest such version of its organisation, else superseded.
    /// </summary>
    /// <param name="version">The version.</param>
    /// <param name="all">Every version of the same organisation (it may include <paramref name="version"/>).</param>
    /// <param name="day">The day asked about.</param>
    public static PolicyVersionState StateOn(PolicyVersion version, IReadOnlyList<PolicyVersion> all, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(all);
        if (version.Status != PolicyVersionState.Approved || version.EffectiveFrom is not { } from || from > day)
        {
            return version.Status;
        }

        return InForceOn(all, day)?.Id == version.Id ? PolicyVersionState.InForce : PolicyVersionState.Superseded;
    }

    /// <summary>The latest approved version whose effective date is on or before the day; null before any.</summary>
    public static PolicyVersion? InForceOn(IReadOnlyList<PolicyVersion> all, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(all);
        return all
            .Where(v => v.Status == PolicyVersionState.Approved && v.EffectiveFrom is { } from && from <= day)
            .OrderBy(v => v.EffectiveFrom)
            .ThenBy(v => v.Id)
            .LastOrDefault();
    }

    /// <summary>The refusal for <paramref name="step"/> in <paramref name="state"/>, or null when the table allows it.</summary>
    public static string? Refuse(PolicyVersionStep step, PolicyVersionState state) =>
        Table.Find(state, step) is null ? Table.Refusal(step, state, subject: Subject) : null;
}
