using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.Time;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework.Letters;

/// <summary>
/// Use case: write a letter from a case with the school's template and issue it. School name, case
/// reference and date come from the records; the content's address and the evidence list from the
/// case where it has them; the rest (recipient, signatory, meeting) is typed in. A letter with any
/// placeholder still unfilled is refused, listing them, and nothing is written; otherwise its exact
/// text is stored (never changed), the case gets an <c>add-note</c> entry with <c>letter-id</c>
/// citing the ladder clause the letter carries out, and the issue is audited.
/// <para>
/// Issuing records the letter; the ladder step itself (e.g. <c>written-warning</c>) is taken with
/// the procedure's own step, which checks it is allowed now. Whether the user may work on the case
/// is the caller's check (CaseAccess), passed in.
/// </para>
/// </summary>
public static class IssueLetter
{
    /// <summary>What the user issues.</summary>
    /// <param name="Actor">Who is issuing it.</param>
    /// <param name="CaseId">The case.</param>
    /// <param name="Kind">The letter.</param>
    /// <param name="Fields">Values for the placeholders that are typed in (see <see cref="LetterPlaceholders.All"/>).</param>
    public sealed record Request(CaseActor Actor, long CaseId, LetterKind Kind, IReadOnlyDictionary<string, string?> Fields);

    /// <summary>The issued letter, or why not; the rendering is returned either way once a template was found, so a host can show what is missing.</summary>
    /// <param name="Letter">The letter as stored; null when refused.</param>
    /// <param name="Rendered">The template filled with the values given.</param>
    /// <param name="Errors">Field → message; empty when issued.</param>
    public sealed record Result(IssuedLetter? Letter, RenderedLetter? Rendered, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the letter was issued.</summary>
        public bool Succeeded => Letter is not null;
    }

    /// <summary>Renders the letter and, when it is complete, stores it, appends the entry and audits it.</summary>
    public static async Task<Result> HandleAsync(
        Request request, ICaseStore cases, ILetterStore letters, IOrganisationRegister organisations, CasePacks packs, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Actor);
        ArgumentNullException.ThrowIfNull(request.Fields);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);

        var file = (await CaseScope.OpenAsync(request.Actor, request.CaseId, CaseAccessLevel.Full, cases, organisations, cancellationToken).ConfigureAwait(false))?.File;
        if (file is null)
        {
            return Refused(nameof(Request.CaseId), "There is no case with that id that you may work on.");
        }

        if (file.Stage == CaseStage.Closed)
        {
            return Refused(nameof(Request.CaseId), "Letters cannot be issued on a closed case; reopen it first.");
        }

        var school = await SchoolInContext.FindAsync(file.Case.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        var pack = await packs.OfAsync(file.Case, cancellationToken).ConfigureAwait(false);
        var offer = pack is null ? null : LetterKinds.Find(pack, request.Kind);
        if (school is null || pack is null || offer is null)
        {
            return Refused(nameof(Request.Kind), pack is null
                ? CasePacks.Unavailable(file.Case)
                : $"The {pack.Title} offers no {LetterKinds.Name(request.Kind)} letter.");
        }

        // The case is judged under the pack version it records; the school's templates are looked up for that pack.
        var template = await LetterTemplates.CurrentAsync(letters, school with { Pack = pack }, request.Kind, cancellationToken).ConfigureAwait(false);
        if (template is null)
        {
            return Refused(nameof(Request.Kind), $"No template is shipped or saved for the {LetterKinds.Name(request.Kind)} letter.");
        }

        var fieldErrors = CheckFields(request.Fields);
        if (fieldErrors.Count > 0)
        {
            return new Result(null, null, fieldErrors);
        }

        var now = clock.GetUtcNow();
        var rendered = LetterPlaceholders.Render(template.Body, Values(file, school.School.Name, now, request.Fields));
        if (!rendered.IsComplete)
        {
            return new Result(null, rendered, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [nameof(Request.Fields)] = "Fill in every placeholder before issuing the letter: " + string.Join(", ", rendered.Unfilled) + ".",
            });
        }

        var letter = new IssuedLetter
        {
            CaseId = file.Case.Id,
            OrganisationId = file.Case.OrganisationId,
            Kind = request.Kind,
            PackId = pack.Id,
            TemplateVersion = template.Version,
            Text = rendered.Text,
            IssuedAt = now,
            IssuedByUserId = request.Actor.UserId,
            IssuedByName = request.Actor.Name,
        };
        letter = letter with { Id = await letters.AddLetterAsync(letter, cancellationToken).ConfigureAwait(false) };
        await cases.AppendEntryAsync(
            new CaseEntry
            {
                CaseId = file.Case.Id,
                Step = CaseStep.AddNote,
                From = file.Stage,
                To = file.Stage,
                At = now,
                ByUserId = request.Actor.UserId,
                ByName = request.Actor.Name,
                Note = $"Issued a {LetterKinds.Name(letter.Kind)} letter (template version {letter.TemplateVersion.ToString(CultureInfo.InvariantCulture)}).",
                Details = new Dictionary<string, string>(StringComparer.Ordinal) { [CaseDetails.LetterId] = letter.Id.ToString(CultureInfo.InvariantCulture) },
                Clauses = [offer.Clause],
            },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(
            new AuditEvent(now, request.Actor.UserId, EvidenceAudit.ActorOf(request.Actor), AuditAction.Create, EvidenceAudit.Letter, letter.Id, file.Case.OrganisationId,
                $"letter {LetterKinds.Name(letter.Kind)} on case {file.Case.Id.ToString(CultureInfo.InvariantCulture)}"),
            cancellationToken).ConfigureAwait(false);
        return new Result(letter, rendered, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>The values a case gives its letters, with the typed-in fields over those the case can only suggest.</summary>
    internal static Dictionary<string, string?> Values(CaseFile file, string schoolName, DateTimeOffset now, IReadOnlyDictionary<string, string?> fields)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [LetterPlaceholders.ContentUrl] = IsWebAddress(file.Case.Location)
                ? file.Case.Location!.Trim()
                : file.Evidence.FirstOrDefault(e => !e.IndecentImageOfChild && IsWebAddress(e.Url))?.Url,
            [LetterPlaceholders.EvidenceList] = EvidenceList(file),
        };
        foreach (var (name, value) in fields)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        values[LetterPlaceholders.SchoolName] = schoolName;
        values[LetterPlaceholders.CaseReference] = CaseReference.Of(file.Case);
        values[LetterPlaceholders.Date] = UkTime.DateOf(now).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return values;
    }

    private static Dictionary<string, string> CheckFields(IReadOnlyDictionary<string, string?> fields)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = fields.Keys.Where(k => !LetterPlaceholders.All.ContainsKey(k)).ToList();
        var fixedOnes = fields.Keys.Where(LetterPlaceholders.FromRecords.Contains).ToList();
        if (unknown.Count > 0)
        {
            errors[nameof(Request.Fields)] = "Unknown field " + string.Join(", ", unknown) + ". The fields are: " + string.Join(", ", LetterPlaceholders.All.Keys) + ".";
        }
        else if (fixedOnes.Count > 0)
        {
            errors[nameof(Request.Fields)] = string.Join(", ", fixedOnes) + " come from the records and cannot be typed in.";
        }

        return errors;
    }

    // The same numbering as the evidence pack (E1, E2, … over every item), so a letter and a pack
    // sent together refer to items alike; indecent-image items are never described in a letter.
    private static string? EvidenceList(CaseFile file)
    {
        var lines = file.Evidence
            .Select((item, i) => (item, Number: i + 1))
            .Where(x => !x.item.IndecentImageOfChild && (x.item.Sha256 is not null || x.item.Url is not null))
            .Select(x => $"- E{x.Number.ToString(CultureInfo.InvariantCulture)}: {WorkflowText.Kebab(x.item.Kind)}" +
                (x.item.Url is { } url ? ", " + url : string.Empty) +
                (x.item.CapturedAt is { } at ? ", captured " + UkTime.Format(at, "yyyy-MM-dd HH:mm") : string.Empty) +
                (x.item.Sha256 is { } hash ? ", SHA-256 " + hash : string.Empty))
            .ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static Result Refused(string field, string message) =>
        new(null, null, new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message });
}
