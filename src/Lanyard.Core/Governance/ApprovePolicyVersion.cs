using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: the approver the policy names approves a draft, which then takes effect on its
/// effective date. Who may approve is read from the policy in force today (the body that owns the
/// policy approves changes to it, so an uploaded draft cannot name its own approver) and the people
/// register; see <see cref="ApprovalAuthority"/> for the mapping. A body or committee approves at a
/// meeting: a governor records it with the meeting date, which is the approval date. Signatories
/// sign one by one, each as themselves; the draft is approved when the last line is signed.
/// </summary>
public static class ApprovePolicyVersion
{
    /// <summary>What the approver records.</summary>
    /// <param name="VersionId">The draft.</param>
    /// <param name="ActorPersonId">The signed-in approver.</param>
    /// <param name="EffectiveFrom">The day it takes effect; on or after the approval date.</param>
    /// <param name="MeetingDate">For a body or committee: the meeting that approved it (not after today).</param>
    public sealed record Request(long VersionId, long ActorPersonId, DateOnly? EffectiveFrom, DateOnly? MeetingDate = null);

    /// <summary>The version after the step, or why it was refused.</summary>
    /// <param name="Version">The version as stored now; null when refused.</param>
    /// <param name="Approved">True when the version is now approved; false while signatures are awaited.</param>
    /// <param name="AwaitingSignatures">Signature lines still unsigned (pack roles), for signatories.</param>
    /// <param name="Errors">Field → message; empty when recorded.</param>
    public sealed record Result(PolicyVersion? Version, bool Approved, IReadOnlyList<Role> AwaitingSignatures, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and records the approval or signature.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(clock);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (draft, inForce, actor) = await VersionContext.LoadAsync(request.VersionId, request.ActorPersonId, PolicyVersionStep.Approve, today, ports, errors, cancellationToken).ConfigureAwait(false);
        if (draft is null || inForce is null || actor is null)
        {
            return Refused(errors);
        }

        var approval = inForce.Pack.Approval;
        if (ApprovalAuthority.CapacityOf(actor, approval) is not { } capacity)
        {
            errors["actor"] = $"Only {ApprovalAuthority.Describe(approval)} may approve this policy.";
            return Refused(errors);
        }

        var approvedOn = today;
        if (ApprovalAuthority.MeetsAsBody(approval))
        {
            if (request.MeetingDate is not { } meeting)
            {
                errors["meetingDate"] = $"Give the date of the meeting at which the {approval.Body ?? "governing body"} approved the policy.";
            }
            else if (meeting > today)
            {
                errors["meetingDate"] = "The meeting date cannot be in the future.";
            }
            else
            {
                approvedOn = meeting;
            }
        }

        var versions = await ports.Versions.ListAsync(draft.OrganisationId, cancellationToken).ConfigureAwait(false);
        CheckEffectiveDate(request.EffectiveFrom, approvedOn, versions, errors);
        CheckLabel(draft, inForce, versions, errors);

        // Signatories sign line by line; the line is the first unsigned one this person's role signs.
        var lines = approval.Kind == ApprovalKind.Signatories ? approval.Signatures.Select(s => s.Role).ToList() : [];
        var signed = Signed(lines, draft.Approvers);
        Role? line = null;
        if (lines.Count > 0)
        {
            line = lines.Where((role, i) => !signed[i] && ApprovalAuthority.SignatureHolders(role).Any(actor.Roles.Contains)).Select(r => (Role?)r).FirstOrDefault();
            if (line is null)
            {
                errors["actor"] = "You have already signed this version; it awaits the other signatories.";
            }
            else if (draft.Approvers.Any(a => a.PersonId == actor.Id))
            {
                errors["actor"] = "One person signs one line: the other signature must be someone else's.";
            }
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var signer = new PolicyApprover(actor.Id, actor.DisplayName, line is { } r ? ApprovalAuthority.SignatureHolders(r).First(actor.Roles.Contains) : capacity, approvedOn);
        await ports.Versions.AddApproverAsync(draft.Id, signer, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var approvers = draft.Approvers.Append(signer).ToList();
        var awaiting = lines.Where((_, i) => !Signed(lines, approvers)[i]).ToList();
        if (awaiting.Count > 0)
        {
            return new Result(draft with { Approvers = approvers }, false, awaiting, errors);
        }

        var body = ApprovalAuthority.MeetsAsBody(approval) ? approval.Body : null;
        var effective = request.EffectiveFrom!.Value;
        await ports.Versions.ApproveAsync(draft.Id, body, approvedOn, effective, cancellationToken).ConfigureAwait(false);
        var approved = draft with { Status = PolicyVersionState.Approved, Approvers = approvers, ApprovingBody = body, ApprovedOn = approvedOn, EffectiveFrom = effective };
        return new Result(approved, true, [], errors);
    }

    private static void CheckEffectiveDate(DateOnly? effectiveFrom, DateOnly approvedOn, IReadOnlyList<PolicyVersion> versions, Dictionary<string, string> errors)
    {
        if (effectiveFrom is not { } effective)
        {
            errors["effectiveFrom"] = "Give the day the new version takes effect.";
            return;
        }

        if (effective < approvedOn)
        {
            errors["effectiveFrom"] = $"A version cannot take effect before it is approved ({GovernanceDay.Date(approvedOn)}).";
            return;
        }

        // Versions take effect in the order they are approved; otherwise an older text could
        // quietly replace a newer one that is already in force.
        if (versions.Where(v => v.Status == PolicyVersionState.Approved).MaxBy(v => v.EffectiveFrom) is { EffectiveFrom: { } latest } last && effective <= latest)
        {
            errors["effectiveFrom"] = $"Version {last.Version} takes effect on {GovernanceDay.Date(latest)}; a newer version must take effect after it.";
        }
    }

    private static void CheckLabel(PolicyVersion draft, PackInForce inForce, IReadOnlyList<PolicyVersion> versions, Dictionary<string, string> errors)
    {
        var used = versions.Where(v => v.Id != draft.Id && v.Status == PolicyVersionState.Approved).Select(v => v.Version).Append(inForce.VersionLabel);
        if (used.Contains(draft.Version, StringComparer.Ordinal))
        {
            errors["version"] = $"Version {draft.Version} is already in use: give the new version its own label in the YAML's version field.";
        }
    }

    private static bool[] Signed(List<Role> lines, IReadOnlyList<PolicyApprover> approvers)
    {
        var signed = new bool[lines.Count];
        foreach (var approver in approvers)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!signed[i] && ApprovalAuthority.SignatureHolders(lines[i]).Contains(approver.Capacity))
                {
                    signed[i] = true;
                    break;
                }
            }
        }

        return signed;
    }

    private static Result Refused(Dictionary<string, string> errors) => new(null, false, [], errors);
}
