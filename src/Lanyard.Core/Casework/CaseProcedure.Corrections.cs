using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// What a correction may and may not do (the semantics are in <see cref="CaseCorrections"/>):
/// <list type="bullet">
/// <item>It names an entry of this case that is not already corrected; to change a correction, correct
/// the correction (the latest in the chain), so every entry is corrected at most once.</item>
/// <item>It re-records the corrected entry's step (the same <see cref="CaseStep"/>) and is not a step
/// through the procedure: it never moves the case (from and to are the stage it is in), the
/// transition table is not consulted, and the corrected step is not re-taken, so it may be made at
/// any stage, a closed case included (an outcome corrected after closing stays closed).</item>
/// <item>Its details replace the corrected entry's in full (flags, response, outcome, factors,
/// attribution, police decision, the person assigned…) and are checked exactly as that step's details
/// are (<see cref="CaseStepDetails"/>, the owner rule for an assignment, and for an outcome or a close
/// the gates that judge it, read against the case as corrected). Details that name a stored evidence
/// item or letter cannot change: only the note of such an entry can be corrected.</item>
/// <item>It may not leave the outcome already recorded failing a gate that judges outcomes (a flag
/// corrected in that the outcome contradicts): the refusal names the outcome entry to correct first.</item>
/// <item>It may be made by whoever the pack lets take the corrected step (anyone working the case
/// where the pack sets no rule for it) or by the case's owner (the pack's owner rule, else the first
/// role the case is routed to, else the DSL). The note saying what was wrong is required
/// (<see cref="TakeCaseStep"/> checks it).</item>
/// </list>
/// </summary>
public sealed partial class CaseProcedure
{
    /// <summary>The detail keys that name something stored; a correction may not change them.</summary>
    private static readonly string[] StoredItemKeys = [CaseDetails.EvidenceId, CaseDetails.IndecentImage, CaseDetails.LetterId];

    /// <summary>The role the case's tasks fall to: the pack's owner, else the first role it routes the case to, else the DSL.</summary>
    internal Role CaseOwner => OwnerRule?.Roles[0] ?? (PackRoute.For(Pack, Type).Recipients is [var first, ..] ? first : Role.Dsl);

    /// <summary>The roles that may correct any entry of this type of case besides those who may take the corrected step: the case's owners.</summary>
    public IReadOnlyList<Role> OwnerRoles => OwnerRule?.Roles ?? [CaseOwner];

    /// <summary>Whether <paramref name="actorRoles"/> may correct the entry <paramref name="entryId"/> now (whatever details they then give).</summary>
    public bool MayCorrect(CaseFile file, long entryId, IReadOnlyCollection<Role> actorRoles)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actorRoles);
        return CorrectionRefusal(file, entryId, null, actorRoles) is null;
    }

    /// <summary>
    /// Whether <paramref name="actorRoles"/> may correct the entry <paramref name="entryId"/> with
    /// <paramref name="details"/>; when allowed, <see cref="StepCheck.To"/> is the stage the case is in.
    /// A refusal names what was wrong, and <see cref="StepCheck.Field"/> the part of the request it concerns.
    /// </summary>
    /// <param name="file">The case.</param>
    /// <param name="entryId">The entry to correct.</param>
    /// <param name="step">The step the correction re-records: the corrected entry's.</param>
    /// <param name="actorRoles">The pack roles the actor acts in.</param>
    /// <param name="details">The corrected details, in full.</param>
    /// <param name="assigneeRoles">When the details assign the case, the pack roles of the person assigned.</param>
    public StepCheck CheckCorrection(CaseFile file, long entryId, CaseStep step, IReadOnlyCollection<Role> actorRoles, IReadOnlyDictionary<string, string> details,
        IReadOnlyCollection<Role>? assigneeRoles = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actorRoles);
        ArgumentNullException.ThrowIfNull(details);
        var allowed = AllowedNow(file);
        if (CorrectionRefusal(file, entryId, step, actorRoles) is { } refusal)
        {
            return Refused(file, refusal.Message, refusal.Clauses, allowed, refusal.Field);
        }

        var corrected = file.Entries.First(e => e.Id == entryId);
        if (StoredItemKeys.FirstOrDefault(k => corrected.Details.GetValueOrDefault(k) != details.GetValueOrDefault(k)) is { } stored)
        {
            return Refused(file, $"Entry {entryId} names a stored {(stored == CaseDetails.LetterId ? "letter" : "evidence item")}: a correction may change its note, not '{stored}'.", [], allowed, nameof(TakeCaseStep.Request.Details));
        }

        if (CaseStepDetails.Problem(Pack, step, details) is { } problem)
        {
            return Refused(file, $"Cannot correct entry {entryId}: {problem}.", corrected.Clauses, allowed, nameof(TakeCaseStep.Request.Details));
        }

        if (details.ContainsKey(CaseDetails.AssignedTo) && OwnerRule is { } owners && !owners.Roles.Any(r => assigneeRoles?.Contains(r) ?? false))
        {
            return Refused(file, $"Cannot assign the case: its owner must be {Roles(owners.Roles)} ({owners.Clause}).", [owners.Clause], allowed, nameof(TakeCaseStep.Request.Details));
        }

        // The gates that judge an outcome (or a close) are read against the case as it would stand corrected.
        var correction = new CaseEntry
        {
            CaseId = file.Case.Id,
            Step = step,
            From = file.Stage,
            To = file.Stage,
            At = corrected.At,
            ByUserId = 0,
            ByName = string.Empty,
            Details = details,
            Corrects = entryId,
        };
        var facts = CaseFacts.Of(file with { Entries = [.. file.Entries, correction] });
        if (GateProblem(step, facts, details, out var severity) is { } gate)
        {
            return Refused(file, $"{gate.Message} ({gate.Clause}), so entry {entryId} cannot be corrected that way.", [gate.Clause], allowed, nameof(TakeCaseStep.Request.Details));
        }

        // Nor may it leave the outcome already recorded standing against a gate that judges it (a
        // genuine mistake corrected in after a warning was recorded: testbourne.5c.17). The outcome is
        // corrected first; a case that already stood that way before this correction is not held up by it.
        if (step != CaseStep.RecordOutcome && OutcomeNoLongerStands(facts) is { } broken && OutcomeNoLongerStands(CaseFacts.Of(file)) is null)
        {
            var outcomeEntry = LatestInChain(file, file.Entries.Last(e => e.Step == CaseStep.RecordOutcome && e.Corrects is null).Id);
            return Refused(file,
                $"Entry {entryId} cannot be corrected that way: the outcome recorded on the case ('{facts.Outcome}', entry {outcomeEntry}) would no longer stand, as {broken.Missing} ({broken.Clause}). Correct entry {outcomeEntry} first, then this one.",
                [broken.Clause], allowed, nameof(TakeCaseStep.Request.Details));
        }

        var clauses = corrected.Clauses.Concat(RoleRuleFor(step) is { } rule && rule.Roles.Any(actorRoles.Contains) ? [rule.Clause] : []).Distinct().ToList();
        return new StepCheck(true, file.Stage, clauses, null, allowed) { Severity = severity };
    }

    /// <summary>The gate the outcome recorded on the case would now fail, read against <paramref name="facts"/>; null when it stands or none is recorded.</summary>
    internal GateFailure? OutcomeNoLongerStands(CaseFacts facts) =>
        facts.Outcome is { } outcome
            ? GateProblem(CaseStep.RecordOutcome, facts, new Dictionary<string, string>(StringComparer.Ordinal) { [CaseDetails.Outcome] = outcome }, out _)
            : null;

    /// <summary>The entry that now stands for <paramref name="entryId"/>: its correction, that correction's correction, and so on.</summary>
    private static long LatestInChain(CaseFile file, long entryId) =>
        file.CorrectionOf(entryId) is { } correction ? LatestInChain(file, correction.Id) : entryId;

    private static StepCheck Refused(CaseFile file, string refusal, IReadOnlyList<string> clauses, IReadOnlyList<CaseStep> allowed, string? field) =>
        new(false, file.Stage, clauses, refusal, allowed) { Field = field };

    /// <summary>The role the actor corrects in: one the pack lets take the step, else one of the case's owners; null when no rule applies.</summary>
    internal Role? CorrectsAs(CaseStep step, IReadOnlyCollection<Role> actorRoles) =>
        RoleRuleFor(step) is not { } rule ? null
        : rule.Roles.Concat(OwnerRoles).Where(actorRoles.Contains).Select(r => (Role?)r).FirstOrDefault();

    private (string Message, IReadOnlyList<string> Clauses, string? Field)? CorrectionRefusal(CaseFile file, long entryId, CaseStep? step, IReadOnlyCollection<Role> actorRoles)
    {
        if (file.Entries.FirstOrDefault(e => e.Id == entryId) is not { } corrected)
        {
            return ($"Entry {entryId} is not an entry of this case: choose an entry of this case to correct.", [], nameof(TakeCaseStep.Request.Corrects));
        }

        if (file.CorrectionOf(entryId) is { } already)
        {
            return ($"Entry {entryId} has already been corrected by entry {already.Id}: correct entry {already.Id} instead.", [], nameof(TakeCaseStep.Request.Corrects));
        }

        if (step is { } given && given != corrected.Step)
        {
            return ($"A correction re-records the step of the entry it corrects: entry {entryId} is '{WorkflowText.Kebab(corrected.Step)}', not '{WorkflowText.Kebab(given)}'.",
                [], nameof(TakeCaseStep.Request.Step));
        }

        // Where the pack names who takes the step, they or the case's owner correct it; elsewhere anyone working the case may.
        if (RoleRuleFor(corrected.Step) is { } rule && !rule.Roles.Concat(OwnerRoles).Any(actorRoles.Contains))
        {
            var clauses = new[] { rule.Clause, OwnerRule?.Clause ?? (PackRoute.For(Pack, Type).Clauses is [var routed, ..] ? routed : null) }.OfType<string>().Distinct().ToList();
            return ($"Only {Roles([.. rule.Roles.Concat(OwnerRoles).Distinct()])} may correct entry {entryId} ('{WorkflowText.Kebab(corrected.Step)}') on this case ({string.Join(", ", clauses)}).",
                clauses, null);
        }

        return null;
    }
}
