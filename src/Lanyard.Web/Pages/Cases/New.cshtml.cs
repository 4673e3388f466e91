using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Connections;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Data;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// /cases/new: any member of staff reports a concern in under a minute. The report and its one
/// optional piece of evidence are recorded together or not at all (ReportConcern, then
/// RecordEvidence; if the evidence is refused the request's work is rolled back and the form comes
/// back with the reasons). Evidence marked as indecent images of children is refused with any file
/// before anything is opened or written: only where the physical item is locked and who holds the key.
/// </summary>
internal sealed class NewModel(
    IOrganisationRegister organisations,
    IPeopleRegister people,
    ICaseStore cases,
    INotificationOutbox outbox,
    IAuditLog audit,
    IEvidenceFiles files,
    CasePacks packs,
    IConnectionLog connections,
    UnitOfWork work,
    TimeProvider clock) : PageModel
{
    /// <summary>The value of a party row's "who" for someone not in the register.</summary>
    public const string Outsider = "outsider";

    /// <summary>The refusal when a file comes with evidence marked as indecent images of children.</summary>
    public const string IndecentImageRefusal =
        "Indecent images of children are never uploaded: saving, copying or showing one is an offence. Nothing was stored and no report was made yet. " +
        "Remove the file, say where the device or printout is locked away and who holds the key, and report again.";

    private static readonly string[] Sources = ["post-check", "connection-check"];

    // The form row each party sent to ReportConcern came from, so its errors land beside that row.
    private readonly List<int> _partyRows = [];

    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The report.</summary>
    [BindProperty]
    public ReportForm Input { get; set; } = new();

    /// <summary>The evidence file, if one is attached.</summary>
    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    /// <summary>The school and the schools the user may choose among.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The school's register, grouped for the "who is involved" lists.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<Person> People)> Register { get; private set; } = [];

    /// <summary>The recorded report, after it was made.</summary>
    public ReportConcern.Result? Reported { get; private set; }

    /// <summary>The evidence recorded with it, if any.</summary>
    public RecordEvidence.Result? Evidence { get; private set; }

    /// <summary>The signed-in member of staff's name (evidence "captured by").</summary>
    public string ReporterName => CaseActors.From(User)?.Name ?? string.Empty;

    /// <summary>GET /cases/new, optionally prefilled from a post check or connection check result.</summary>
    public async Task<IActionResult> OnGetAsync(string? source, string? @ref, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await PrefillAsync(source, @ref, cancellationToken);
        return Page();
    }

    /// <summary>POST /cases/new: records the report (and its evidence), or shows why not by field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        PadParties();
        var upload = CaseForms.Upload(EvidenceFile);
        var indecent = Input.IndecentImage || Input.Type == CaseType.IndecentImageEvidence;
        if (indecent && upload is not null)
        {
            // Refused before anything is read from the upload or written anywhere.
            ModelState.AddModelError(nameof(EvidenceFile), IndecentImageRefusal);
            return Page();
        }

        // Read before anything is stored: a time the UK clock skipped, or showed twice, comes back to the form.
        CaseForms.TryReadUkTime(Input.HappenedAt, Input.HappenedAtZone, ModelState, "Input.HappenedAt", out var happenedAt);
        CaseForms.TryReadUkTime(Input.CapturedAt, Input.CapturedAtZone, ModelState, "Input.CapturedAt", out var capturedAt);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var parties = await PartiesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var source = Sources.Contains(Input.Source) ? new CaseSource(Input.Source!, SafeRef(Input.SourceRef)) : null;
        var report = await ReportConcern.HandleAsync(
            new ReportConcern.Request(actor, Scope.School.Id, Input.Type ?? (CaseType)(-1), Input.Summary, Input.Location, happenedAt,
                parties, [.. Input.Flags.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct()], source),
            organisations, people, cases, outbox, audit, clock, cancellationToken);
        if (!report.Succeeded)
        {
            foreach (var (field, message) in report.Errors)
            {
                ModelState.AddModelError(ReportField(PartyRowKey(field)), message);
            }

            return Page();
        }

        if (upload is not null || Input.HasEvidenceText)
        {
            var evidence = await RecordEvidence.HandleAsync(
                new RecordEvidence.Request(actor, report.CaseId!.Value, indecent ? EvidenceKind.Physical : Input.EvidenceKind ?? DefaultKind(upload),
                    Input.EvidenceUrl, capturedAt, actor.Name, Input.HowCaptured, Input.EvidenceDescription, indecent,
                    Input.StorageLocation, Input.KeyHolder, upload),
                cases, organisations, packs, files, audit, clock, cancellationToken);
            if (!evidence.Succeeded)
            {
                // All or nothing: the report goes in with its evidence, or the form comes back.
                await work.RollbackAsync();
                foreach (var (field, message) in evidence.Errors)
                {
                    ModelState.AddModelError(EvidenceField(field), message);
                }

                return Page();
            }

            Evidence = evidence;
        }

        Reported = report;
        return Page();
    }

    /// <summary>The form field a ReportConcern error belongs beside.</summary>
    public static string ReportField(string key) => key switch
    {
        nameof(ReportConcern.Request.Type) => "Input.Type",
        nameof(ReportConcern.Request.Summary) => "Input.Summary",
        nameof(ReportConcern.Request.Location) => "Input.Location",
        nameof(ReportConcern.Request.HappenedAt) => "Input.HappenedAt",
        nameof(ReportConcern.Request.Flags) => "Input.Flags",
        _ when key.StartsWith(nameof(ReportConcern.Request.Parties), StringComparison.Ordinal) => "Input." + key,
        _ => string.Empty,
    };

    /// <summary>The form field a RecordEvidence error belongs beside.</summary>
    public static string EvidenceField(string key) => key switch
    {
        nameof(RecordEvidence.Request.Kind) => "Input.EvidenceKind",
        nameof(RecordEvidence.Request.Url) => "Input.EvidenceUrl",
        nameof(RecordEvidence.Request.Description) => "Input.EvidenceDescription",
        nameof(RecordEvidence.Request.CapturedAt) => "Input.CapturedAt",
        nameof(RecordEvidence.Request.StorageLocation) => "Input.StorageLocation",
        nameof(RecordEvidence.Request.KeyHolder) => "Input.KeyHolder",
        nameof(RecordEvidence.Request.File) => nameof(EvidenceFile),
        _ => string.Empty,
    };

    private string PartyRowKey(string key)
    {
        const string Prefix = nameof(ReportConcern.Request.Parties) + "[";
        return key.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(key.AsSpan(Prefix.Length, key.Length - Prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < _partyRows.Count
            ? $"{Prefix}{_partyRows[index].ToString(CultureInfo.InvariantCulture)}]"
            : key;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope)
        {
            return false;
        }

        Scope = scope;
        Register = CaseForms.Register(await people.ListAsync(scope.School.Id, null, cancellationToken));
        PadParties();
        return true;
    }

    private void PadParties()
    {
        while (Input.Parties.Count < ReportForm.PartyRows)
        {
            Input.Parties.Add(new ReportForm.PartyRow());
        }
    }

    private async Task<List<ReportConcern.PartyInput>> PartiesAsync(CancellationToken cancellationToken)
    {
        var parties = new List<ReportConcern.PartyInput>();
        for (var i = 0; i < Input.Parties.Count; i++)
        {
            var row = Input.Parties[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var key = $"Input.Parties[{i}]";
            var role = row.Role ?? PartyRole.Subject;
            if (long.TryParse(row.Who, NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
            {
                // The kind is the register's, never typed: linking a person never gives them another's status.
                var person = await people.GetAsync(personId, cancellationToken);
                if (person is null || person.OrganisationId != Scope.School.Id)
                {
                    ModelState.AddModelError(key, "Choose a person of this school's register, or describe someone outside it.");
                    continue;
                }

                parties.Add(new ReportConcern.PartyInput(personId, null, CaseForms.KindOf(person), role));
                _partyRows.Add(i);
            }
            else
            {
                parties.Add(new ReportConcern.PartyInput(null, row.Description, row.Kind ?? PartyKind.Unknown, role));
                _partyRows.Add(i);
            }
        }

        return parties;
    }

    private async Task PrefillAsync(string? source, string? reference, CancellationToken cancellationToken)
    {
        if (!Sources.Contains(source))
        {
            return;
        }

        Input.Source = source;
        Input.SourceRef = SafeRef(reference);
        if (source == "connection-check"
            && long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var decisionId)
            && await connections.GetDecisionAsync(decisionId, cancellationToken) is { } decision
            && decision.StaffId == Scope.PersonId && decision.OrganisationId == Scope.School.Id)
        {
            // Only the asker's own check, and only what the check itself recorded.
            Input.Type = CaseType.UnsolicitedContact;
            Input.Location = decision.Platform;
            Input.Summary = $"Raised from connection check {decision.Id}: {decision.Question} The answer was '{decision.Verdict.ToString().ToLowerInvariant()}' under {decision.PackId} version {decision.PackVersion}.";
            if (decision.OtherPersonId is { } other)
            {
                Input.Parties[0] = new ReportForm.PartyRow { Who = other.ToString(CultureInfo.InvariantCulture), Role = PartyRole.Subject };
            }
        }
        else if (source == "post-check")
        {
            // The post itself is not copied: the reporter says in their words what worried them.
            Input.Summary = "Raised from a post check" + (Input.SourceRef is { } r ? $" ({r})" : string.Empty) + ": ";
        }
    }

    // A file with no kind chosen is most often a screenshot; an address alone is a URL; otherwise the reporter must say.
    private EvidenceKind DefaultKind(RecordEvidence.Upload? upload) =>
        upload is not null ? EvidenceKind.Screenshot : !string.IsNullOrWhiteSpace(Input.EvidenceUrl) ? EvidenceKind.Url : (EvidenceKind)(-1);

    // A source reference is an id or a short code, never free text.
    private static string? SafeRef(string? reference) =>
        reference is { Length: > 0 and <= 80 } r && r.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '_') ? r : null;
}
