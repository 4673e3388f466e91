using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: record a piece of evidence on a case. A file is stored content-addressed (SHA-256 and
/// size recorded with the item, never altered); the item's metadata goes on the case, an entry
/// <c>record-evidence</c> (detail <c>evidence-id</c>) is appended and the creation is audited.
/// <para>
/// Indecent images of children are never stored, in any pack: saving, copying or showing one is an
/// offence (Testbourne 6b.07 says so; the law says so everywhere). Evidence marked as such must be
/// physical, with where it is locked away and who holds the key (Testbourne 6b.08), and any file
/// offered with it is refused without being opened. Its entry carries <c>indecent-image=yes</c>,
/// which the procedure turns into the immediate "contact the police" task (Testbourne 6b.09).
/// </para>
/// A request that cannot be recorded is refused with reasons keyed by field and writes nothing.
/// Who may add evidence to which case is the caller's check (CaseAccess); this use case trusts it.
/// </summary>
public static class RecordEvidence
{
    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The refusal given on a closed case.</summary>
    public const string ClosedCaseRefusal = "Evidence cannot be added to a closed case; reopen it first.";

    /// <summary>
    /// A file offered with the evidence. The bytes are reached only through <paramref name="Open"/>,
    /// so a refused upload (indecent images of children) is never opened, read or copied.
    /// </summary>
    /// <param name="FileName">The name as uploaded.</param>
    /// <param name="ContentType">The media type as uploaded, if known.</param>
    /// <param name="Open">Opens the uploaded bytes; called at most once, only when the file is to be stored.</param>
    public sealed record Upload(string FileName, string? ContentType, Func<Stream> Open);

    /// <summary>What the user records.</summary>
    /// <param name="Actor">Who is recording it.</param>
    /// <param name="CaseId">The case.</param>
    /// <param name="Kind">Screenshot, URL, message, document or physical.</param>
    /// <param name="Url">Where it was found (absolute http or https), if anywhere.</param>
    /// <param name="CapturedAt">When it was captured, if known.</param>
    /// <param name="CapturedBy">Who captured it, in their own words.</param>
    /// <param name="HowCaptured">How it was captured.</param>
    /// <param name="Description">What it shows.</param>
    /// <param name="IndecentImageOfChild">Marked as including indecent images of children: no file may be given.</param>
    /// <param name="StorageLocation">For physical evidence: where it is locked away.</param>
    /// <param name="KeyHolder">For physical evidence: who holds the key.</param>
    /// <param name="File">The file, if one is uploaded.</param>
    public sealed record Request(
        CaseActor Actor,
        long CaseId,
        EvidenceKind Kind,
        string? Url,
        DateTimeOffset? CapturedAt,
        string? CapturedBy,
        string? HowCaptured,
        string? Description,
        bool IndecentImageOfChild,
        string? StorageLocation,
        string? KeyHolder,
        Upload? File);

    /// <summary>Something the pack asks for that is missing; the evidence is recorded all the same.</summary>
    /// <param name="Field">The request field it concerns.</param>
    /// <param name="Message">What is missing, in plain English.</param>
    /// <param name="Clause">The clause that asks for it.</param>
    public sealed record Warning(string Field, string Message, string Clause);

    /// <summary>The recorded item and its entry, with any warnings; or the reasons it was refused.</summary>
    /// <param name="Item">The item as stored; null when refused.</param>
    /// <param name="EntryId">The <c>record-evidence</c> entry's id; null when refused.</param>
    /// <param name="Warnings">What the pack asks for that is missing.</param>
    /// <param name="Errors">Field → message; empty when recorded.</param>
    public sealed record Result(EvidenceItem? Item, long? EntryId, IReadOnlyList<Warning> Warnings, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the evidence was recorded.</summary>
        public bool Succeeded => Item is not null;
    }

    /// <summary>Validates, stores the file (if any), records the item and its entry, and audits it.</summary>
    public static async Task<Result> HandleAsync(
        Request request, ICaseStore cases, IOrganisationRegister organisations, CasePacks packs, IEvidenceFiles files, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Actor);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckItem(request, errors);
        // Whoever works on the case in full may add evidence; so may the reporter while their report
        // is still waiting to be assessed (evidence captured at the time of reporting). To anyone
        // else the case does not exist.
        var opened = await CaseScope.OpenAsync(request.Actor, request.CaseId, CaseAccessLevel.OwnStatusOnly, cases, organisations, cancellationToken).ConfigureAwait(false);
        var file = opened is { } o && (o.Level == CaseAccessLevel.Full || (o.File.Case.ReportedByPersonId == request.Actor.PersonId && o.File.Stage == CaseStage.Reported)) ? o.File : null;
        if (file is null)
        {
            errors[nameof(Request.CaseId)] = "There is no case with that id that you may add evidence to.";
        }
        else if (file.Stage == CaseStage.Closed)
        {
            errors[nameof(Request.CaseId)] = ClosedCaseRefusal;
        }

        if (file is null || errors.Count > 0)
        {
            return new Result(null, null, [], errors);
        }

        // The capture rules of the version the case is worked under; none when that version is unknown
        // (the evidence is still recorded: refusing it would lose it).
        var pack = await packs.OfAsync(file.Case, cancellationToken).ConfigureAwait(false);
        var warnings = CaptureWarnings(request, pack);
        var now = clock.GetUtcNow();
        string? sha256 = null;
        long? size = null;
        if (request.File is { } upload)
        {
            var stream = upload.Open();
            await using (stream.ConfigureAwait(false))
            {
                if (stream.CanSeek && stream.Length == 0)
                {
                    return new Result(null, null, [], new Dictionary<string, string>(StringComparer.Ordinal) { [nameof(Request.File)] = "The file is empty." });
                }

                (sha256, size) = await files.PutAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        var item = new EvidenceItem
        {
            CaseId = file.Case.Id,
            Kind = request.Kind,
            Url = Trimmed(request.Url),
            CapturedAt = request.CapturedAt,
            CapturedBy = request.CapturedBy!.Trim(),
            HowCaptured = Trimmed(request.HowCaptured),
            Description = request.Description!.Trim(),
            Sha256 = sha256,
            SizeBytes = size,
            FileName = request.File is { } named ? Path.GetFileName(named.FileName.Trim()) : null,
            ContentType = Trimmed(request.File?.ContentType),
            IndecentImageOfChild = request.IndecentImageOfChild,
            StorageLocation = Trimmed(request.StorageLocation),
            KeyHolder = Trimmed(request.KeyHolder),
            RecordedAt = now,
            RecordedByUserId = request.Actor.UserId,
        };
        item = item with { Id = await cases.AddEvidenceAsync(item, cancellationToken).ConfigureAwait(false) };

        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseDetails.EvidenceId] = item.Id.ToString(CultureInfo.InvariantCulture),
        };
        IReadOnlyList<string> clauses = [];
        if (item.IndecentImageOfChild)
        {
            details[CaseDetails.IndecentImage] = "yes";

            // Cite the pack's own indecent-image procedure where it has one (Testbourne 6b.07–09);
            // the refusal to store applies in every pack regardless, as the law's rule.
            clauses = pack?.Parameters.WorkflowModules?.Modules.FirstOrDefault(m => m.Module == WorkflowModule.IndecentImageEvidence)?.Clauses ?? [];
        }

        var entry = new CaseEntry
        {
            CaseId = file.Case.Id,
            Step = CaseStep.RecordEvidence,
            From = file.Stage,
            To = file.Stage,
            At = now,
            ByUserId = request.Actor.UserId,
            ByName = request.Actor.Name,
            Details = details,
            Clauses = clauses,
        };
        var entryId = await cases.AppendEntryAsync(entry, cancellationToken).ConfigureAwait(false);

        // The audit names the record and its kind only: never the description or the file name,
        // which can carry a pupil's name.
        await audit.AppendAsync(
            new AuditEvent(now, request.Actor.UserId, EvidenceAudit.ActorOf(request.Actor), AuditAction.Create, EvidenceAudit.Evidence, item.Id, file.Case.OrganisationId,
                $"evidence {WorkflowKebab(item.Kind)} on case {file.Case.Id.ToString(CultureInfo.InvariantCulture)}"),
            cancellationToken).ConfigureAwait(false);
        return new Result(item, entryId, warnings, errors);
    }

    private static void CheckItem(Request request, Dictionary<string, string> errors)
    {
        if (!Enum.IsDefined(request.Kind))
        {
            errors[nameof(Request.Kind)] = "Say what the evidence is: screenshot, URL, message, document or physical.";
        }

        if (!string.IsNullOrWhiteSpace(request.Url)
            && !(Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors[nameof(Request.Url)] = "Give the full web address, starting http:// or https://.";
        }
        else if (request.Kind == EvidenceKind.Url && string.IsNullOrWhiteSpace(request.Url))
        {
            errors[nameof(Request.Url)] = "Give the web address the evidence is.";
        }

        if (string.IsNullOrWhiteSpace(request.Description))
        {
            errors[nameof(Request.Description)] = "Describe what the evidence shows.";
        }
        else if (request.Description.Trim().Length > MaxDescriptionLength)
        {
            errors[nameof(Request.Description)] = $"The description must be {MaxDescriptionLength} characters or fewer.";
        }

        if (string.IsNullOrWhiteSpace(request.CapturedBy))
        {
            errors[nameof(Request.CapturedBy)] = "Say who captured the evidence.";
        }

        if (request.IndecentImageOfChild)
        {
            CheckIndecentImage(request, errors);
        }
        else
        {
            CheckFile(request, errors);
        }
    }

    private static void CheckIndecentImage(Request request, Dictionary<string, string> errors)
    {
        if (request.File is not null)
        {
            errors[nameof(Request.File)] =
                "Indecent images of children are never uploaded: saving, copying or showing one is an offence. Nothing was stored. " +
                "Record the evidence as physical, with where it is locked away and who holds the key, and contact the police now.";
        }

        if (request.Kind != EvidenceKind.Physical)
        {
            errors[nameof(Request.Kind)] = "Evidence marked as indecent images of children can only be recorded as physical evidence held by the school.";
        }

        if (string.IsNullOrWhiteSpace(request.StorageLocation))
        {
            errors[nameof(Request.StorageLocation)] = "Say where the physical evidence is locked away, out of anyone's sight.";
        }

        if (string.IsNullOrWhiteSpace(request.KeyHolder))
        {
            errors[nameof(Request.KeyHolder)] = "Say who holds the key to where the evidence is locked away.";
        }
    }

    private static void CheckFile(Request request, Dictionary<string, string> errors)
    {
        if (request.Kind == EvidenceKind.Physical)
        {
            if (request.File is not null)
            {
                errors[nameof(Request.File)] = "Physical evidence is held by the school, not uploaded; record a photo or scan as its own item.";
            }

            if (string.IsNullOrWhiteSpace(request.StorageLocation))
            {
                errors[nameof(Request.StorageLocation)] = "Say where the physical evidence is kept.";
            }

            return;
        }

        if (request.Kind == EvidenceKind.Screenshot && request.File is null)
        {
            errors[nameof(Request.File)] = "Attach the screenshot (a printed screen print is physical evidence).";
        }
        else if (request.File is { } file && string.IsNullOrWhiteSpace(file.FileName))
        {
            errors[nameof(Request.File)] = "The file has no name.";
        }
    }

    private static List<Warning> CaptureWarnings(Request request, Policies.PolicyPack? pack)
    {
        var warnings = new List<Warning>();
        if (request.Kind != EvidenceKind.Screenshot)
        {
            return warnings;
        }

        foreach (var rule in EvidenceCaptureRules.Of(pack))
        {
            if (rule.NeedsUrl && string.IsNullOrWhiteSpace(request.Url) && !warnings.Any(w => w.Field == nameof(Request.Url)))
            {
                warnings.Add(new Warning(nameof(Request.Url), "The policy asks for the site address with every screen print; none was given.", rule.Clause));
            }

            if (rule.NeedsTime && request.CapturedAt is null && !warnings.Any(w => w.Field == nameof(Request.CapturedAt)))
            {
                warnings.Add(new Warning(nameof(Request.CapturedAt), "The policy asks for the time and date with every screen print; none was given.", rule.Clause));
            }
        }

        return warnings;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string WorkflowKebab(EvidenceKind kind) => Workflows.WorkflowText.Kebab(kind);
}
