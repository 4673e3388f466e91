using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: open one case, showing only what <see cref="CaseAccess"/> allows the reader. A case they
/// may not read is answered exactly like a case that does not exist, so its existence is not revealed.
/// Every view that shows anything is written to the audit log (case id and the level, nothing personal).
/// </summary>
public static class ViewCase
{
    /// <summary>Who wants to see which case.</summary>
    /// <param name="Actor">The signed-in member of staff.</param>
    /// <param name="CaseId">The case.</param>
    public sealed record Request(CaseActor Actor, long CaseId);

    /// <summary>What the reader sees: exactly one of the views, matching <paramref name="Level"/>, or none when not found.</summary>
    /// <param name="Level">How much they may read; <see cref="CaseAccessLevel.None"/> means "not found".</param>
    /// <param name="Full">The full view, at <see cref="CaseAccessLevel.Full"/>.</param>
    /// <param name="Status">The reporter's status view, at <see cref="CaseAccessLevel.OwnStatusOnly"/>.</param>
    /// <param name="Anonymised">The governors' view, at <see cref="CaseAccessLevel.Anonymised"/>.</param>
    public sealed record Result(CaseAccessLevel Level, FullCaseView? Full, CaseStatusView? Status, AnonymisedCaseView? Anonymised)
    {
        /// <summary>The answer for a missing case and for a case the reader may not see: the same.</summary>
        public static Result NotFound { get; } = new(CaseAccessLevel.None, null, null, null);

        /// <summary>Whether there is anything to show.</summary>
        public bool Found => Level != CaseAccessLevel.None;
    }

    /// <summary>Reads the case, decides the level, audits the view and returns the projection.</summary>
    public static async Task<Result> HandleAsync(Request request, ICaseStore cases, IOrganisationRegister organisations, CasePacks packs, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        if (await CaseScope.OpenAsync(request.Actor, request.CaseId, CaseAccessLevel.OwnStatusOnly, cases, organisations, cancellationToken).ConfigureAwait(false) is not var (file, level))
        {
            return Result.NotFound;
        }

        var result = level switch
        {
            CaseAccessLevel.Full => new Result(level, Full(file, await packs.OfAsync(file.Case, cancellationToken).ConfigureAwait(false), clock.GetUtcNow()), null, null),
            CaseAccessLevel.OwnStatusOnly => new Result(level, null, CaseReading.Status(file), null),
            CaseAccessLevel.Anonymised => new Result(level, null, null, CaseReading.Anonymised(file)),
            _ => Result.NotFound,
        };
        if (result.Found)
        {
            await audit.AppendAsync(CaseAudit.View(request.Actor, CaseAudit.CaseSubject, file.Case.Id, file.Case.OrganisationId, CaseAudit.ViewAt(level), clock), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private static FullCaseView Full(CaseFile file, PolicyPack? pack, DateTimeOffset now)
    {
        var procedure = pack is null ? null : CaseProcedures.For(pack, file.Case.Type);
        return new FullCaseView(file, procedure?.AllowedNow(file) ?? [], procedure?.OpenTasks(file, now) ?? [], MayAct: true) { Pack = pack };
    }
}
