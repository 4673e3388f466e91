using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: one pupil's or member of staff's chronology across cases (issue 5, "Chronology per pupil
/// and per staff member"): every case that names them as a party, in any role, that the reader reads
/// in full, and everything recorded on those cases in time order. Cases the reader may not open are
/// left out and not counted: "2 further cases you cannot open" beside a pupil's name would tell a
/// teacher that safeguarding cases exist about that pupil, which is exactly what the access rules
/// keep from them. Each chronology shown is audited as a view of the person's record.
/// </summary>
public static class Chronology
{
    /// <summary>The fixed audit phrase for a chronology view.</summary>
    public const string AuditDetail = "view chronology";

    /// <summary>Whose chronology, asked by whom.</summary>
    /// <param name="Actor">The signed-in member of staff.</param>
    /// <param name="PersonId">The pupil or member of staff in the register.</param>
    public sealed record Request(CaseActor Actor, long PersonId);

    /// <summary>A case in the chronology and the parts the person plays in it.</summary>
    /// <param name="CaseId">The case.</param>
    /// <param name="Type">Its type.</param>
    /// <param name="Stage">Its stage now.</param>
    /// <param name="ReportedAt">When it was reported.</param>
    /// <param name="Roles">The person's parts in it (subject, witness…).</param>
    public sealed record CaseLine(long CaseId, CaseType Type, CaseStage Stage, DateTimeOffset ReportedAt, IReadOnlyList<PartyRole> Roles);

    /// <summary>One event: the report itself (<paramref name="Entry"/> null) or an entry on a case.</summary>
    /// <param name="At">When.</param>
    /// <param name="CaseId">The case.</param>
    /// <param name="Type">The case's type.</param>
    /// <param name="Entry">The entry, or null for the report.</param>
    /// <param name="Text">What was written: the report's summary, or the entry's note.</param>
    public sealed record Line(DateTimeOffset At, long CaseId, CaseType Type, CaseEntry? Entry, string? Text);

    /// <summary>The chronology.</summary>
    /// <param name="PersonId">The person.</param>
    /// <param name="Name">Their display name.</param>
    /// <param name="Kind">Pupil, staff or parent.</param>
    /// <param name="Cases">The cases, oldest first.</param>
    /// <param name="Lines">Everything on them, oldest first.</param>
    public sealed record Result(long PersonId, string Name, PersonKind Kind, IReadOnlyList<CaseLine> Cases, IReadOnlyList<Line> Lines);

    /// <summary>Builds the chronology; null ("not found") when the person is not in the register or not in the reader's scope.</summary>
    public static async Task<Result?> HandleAsync(Request request, ICaseStore cases, IPeopleRegister people, IOrganisationRegister organisations, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        var scope = await CaseScope.SchoolIdsAsync(request.Actor, organisations, cancellationToken).ConfigureAwait(false);
        var person = await people.GetAsync(request.PersonId, cancellationToken).ConfigureAwait(false);
        if (person is null || (person.OrganisationId != request.Actor.OrganisationId && !scope.Contains(person.OrganisationId)))
        {
            return null;
        }

        var files = await cases.ListForPersonAsync(request.PersonId, cancellationToken).ConfigureAwait(false);
        var result = Build(person, files, request.Actor, scope);
        await audit.AppendAsync(CaseAudit.View(request.Actor, CaseAudit.PersonSubject, person.Id, person.OrganisationId, AuditDetail, clock), cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static Result Build(Person person, IEnumerable<CaseFile> files, CaseActor actor, IReadOnlyCollection<long> scope)
    {
        var readable = files
            .Where(f => f.Parties.Any(p => p.PersonId == person.Id) && CaseAccess.LevelFor(actor, f, scope) == CaseAccessLevel.Full)
            .OrderBy(f => f.Case.ReportedAt).ThenBy(f => f.Case.Id)
            .ToList();
        var caseLines = readable.Select(f => new CaseLine(f.Case.Id, f.Case.Type, f.Stage, f.Case.ReportedAt,
            [.. f.Parties.Where(p => p.PersonId == person.Id).Select(p => p.Role).Distinct()])).ToList();
        var lines = readable
            .SelectMany(f => f.Entries.Select(e => new Line(e.At, f.Case.Id, f.Case.Type, e, e.Note))
                .Prepend(new Line(f.Case.ReportedAt, f.Case.Id, f.Case.Type, null, f.Case.Summary)))
            .OrderBy(l => l.At).ThenBy(l => l.CaseId).ThenBy(l => l.Entry?.Id ?? 0)
            .ToList();
        return new Result(person.Id, person.DisplayName, person.Kind, caseLines, lines);
    }
}
