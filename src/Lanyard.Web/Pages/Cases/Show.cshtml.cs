using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Governance;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// /cases/{id}: one case, shown at the level CaseAccess gives the reader (ViewCase decides and audits
/// the view): in full with the steps the procedure allows now, the reporter's status only, or the
/// governors' anonymised view. A case the reader may not see answers 404, exactly like a missing one.
/// The forms post steps (TakeCaseStep), corrections of entries (TakeCaseStep with Corrects), evidence
/// (RecordEvidence) and letters (IssueLetter); each use case checks access again, and a refusal comes
/// back on this page with its reasons.
/// </summary>
internal sealed class ShowModel(
    IOrganisationRegister organisations,
    IPeopleRegister people,
    ICaseStore cases,
    ILetterStore letters,
    INotificationOutbox outbox,
    IAuditLog audit,
    IEvidenceFiles files,
    EarlyReviewPorts reviews,
    CasePacks packs,
    TimeProvider clock) : PageModel
{
    /// <summary>The case id from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>What was just recorded (after a redirect), for the confirmation line.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The entry just corrected (after a redirect), for the confirmation line.</summary>
    [BindProperty(SupportsGet = true, Name = "corrected")]
    public long? Corrected { get; set; }

    /// <summary>Where the one-shot notice about an early policy review travels across the redirect.</summary>
    public const string ReviewNoticeKey = "CaseReviewNotice";

    /// <summary>The step posted.</summary>
    [BindProperty]
    public StepForm Step { get; set; } = new();

    /// <summary>The evidence posted.</summary>
    [BindProperty]
    public EvidenceForm Evidence { get; set; } = new();

    /// <summary>The evidence file posted.</summary>
    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    /// <summary>The letter kind posted.</summary>
    [BindProperty]
    public LetterKind? LetterKind { get; set; }

    /// <summary>The letter fields posted.</summary>
    [BindProperty]
    public Dictionary<string, string?> LetterFields { get; set; } = [];

    /// <summary>What the reader may see.</summary>
    public ViewCase.Result View { get; private set; } = ViewCase.Result.NotFound;

    /// <summary>The pack version the case is judged under, as recorded on it (full view only); null when that version cannot be found.</summary>
    public PolicyPack? Pack { get; private set; }

    /// <summary>The case's procedure (full view only).</summary>
    public CaseProcedure? Procedure { get; private set; }

    /// <summary>The school's name.</summary>
    public string SchoolName { get; private set; } = string.Empty;

    /// <summary>People named on the case, by register id.</summary>
    public IReadOnlyDictionary<long, Person> People { get; private set; } = new Dictionary<long, Person>();

    /// <summary>The school's staff, for assignment.</summary>
    public IReadOnlyList<Person> Staff { get; private set; } = [];

    /// <summary>Letters issued on the case.</summary>
    public IReadOnlyList<IssuedLetter> Letters { get; private set; } = [];

    /// <summary>The letters the pack offers, with the typed-in fields each template needs.</summary>
    public IReadOnlyList<(LetterOffer Offer, int TemplateVersion, IReadOnlyList<string> Fields)> LetterOffers { get; private set; } = [];

    /// <summary>Why the step posted was refused, in the procedure's words.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The step that was refused.</summary>
    public CaseStep? RefusedStep { get; private set; }

    /// <summary>The entry whose correction was refused.</summary>
    public long? RefusedCorrection { get; private set; }

    /// <summary>The reader's pack roles, for which entries they may correct (full view only).</summary>
    private IReadOnlyCollection<Role> ReaderRoles { get; set; } = [];

    /// <summary>For a refused letter: the placeholders still unfilled.</summary>
    public IReadOnlyList<string> Unfilled { get; private set; } = [];

    /// <summary>Now, for overdue marks.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>GET: the case at the reader's level, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>POST ?handler=step: takes a step through the procedure.</summary>
    public async Task<IActionResult> OnPostStepAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (Step.Step is not { } step)
        {
            ModelState.AddModelError("Step.Step", "Choose a step.");
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        if (!CaseForms.TryReadUkTime(Step.LeftSiteAt, Step.LeftSiteAtZone, ModelState, "Step.LeftSiteAt", out var leftSiteAt))
        {
            RefusedStep = step;
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var result = await TakeCaseStep.HandleAsync(new TakeCaseStep.Request(actor, Id, step, Step.ToDetails(leftSiteAt), Step.Note, null),
            cases, people, organisations, outbox, audit, reviews, clock, cancellationToken);
        if (result.Succeeded)
        {
            if (result.ReviewNotice is { } notice)
            {
                TempData[ReviewNoticeKey] = notice;
            }

            return Redirect($"/cases/{Id.ToString(CultureInfo.InvariantCulture)}?done={CaseText.Code(step)}#timeline");
        }

        if (result.Errors.ContainsKey(nameof(TakeCaseStep.Request.CaseId)) && !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        RefusedStep = step;
        Refusal = result.Refusal;
        foreach (var (field, message) in result.Errors.Where(e => e.Key != nameof(TakeCaseStep.Request.Step)))
        {
            ModelState.AddModelError("Step." + field, message);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    /// <summary>
    /// POST ?handler=correct: corrects an entry (TakeCaseStep with Corrects). A refusal comes back on
    /// the page with the correction's form open and each reason beside the field it concerns.
    /// </summary>
    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (Step.Step is not { } step || Step.Corrects is not { } corrects)
        {
            ModelState.AddModelError("Step.Corrects", "Choose an entry to correct.");
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        if (!CaseForms.TryReadUkTime(Step.LeftSiteAt, Step.LeftSiteAtZone, ModelState, "Step.LeftSiteAt", out var leftSiteAt))
        {
            RefusedCorrection = corrects;
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var result = await TakeCaseStep.HandleAsync(new TakeCaseStep.Request(actor, Id, step, Step.ToDetails(leftSiteAt), Step.Note, corrects),
            cases, people, organisations, outbox, audit, reviews, clock, cancellationToken);
        if (result.Succeeded)
        {
            if (result.ReviewNotice is { } notice)
            {
                TempData[ReviewNoticeKey] = notice;
            }

            return Redirect($"/cases/{Id.ToString(CultureInfo.InvariantCulture)}?corrected={corrects.ToString(CultureInfo.InvariantCulture)}#entry-{result.Entry!.Id.ToString(CultureInfo.InvariantCulture)}");
        }

        if (result.Errors.ContainsKey(nameof(TakeCaseStep.Request.CaseId)) && !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Every reason is shown by the field it concerns (the procedure's refusal included), so it is not repeated as a separate refusal.
        RefusedCorrection = corrects;
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError("Step." + field, message);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Whether the reader may correct an entry: the procedure's rule (who may take its step, or the case's owner) on an entry not already corrected.</summary>
    public bool MayCorrect(CaseFile file, CaseEntry entry) =>
        Procedure is { } procedure && procedure.MayCorrect(file, entry.Id, ReaderRoles);

    /// <summary>POST ?handler=evidence: records a piece of evidence (never a file marked as indecent images of children).</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (!CaseForms.TryReadUkTime(Evidence.CapturedAt, Evidence.CapturedAtZone, ModelState, "Evidence.CapturedAt", out var capturedAt))
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var upload = CaseForms.Upload(EvidenceFile);
        var result = await RecordEvidence.HandleAsync(
            new RecordEvidence.Request(actor, Id, Evidence.IndecentImage ? EvidenceKind.Physical : Evidence.Kind ?? (EvidenceKind)(-1), Evidence.Url,
                capturedAt, Evidence.CapturedBy, Evidence.HowCaptured, Evidence.Description, Evidence.IndecentImage,
                Evidence.StorageLocation, Evidence.KeyHolder, upload),
            cases, organisations, packs, files, audit, clock, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/cases/{Id.ToString(CultureInfo.InvariantCulture)}?done=record-evidence#evidence");
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field == nameof(RecordEvidence.Request.File) ? nameof(EvidenceFile) : "Evidence." + field, message);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    /// <summary>POST ?handler=letter: issues a letter from the school's template, or lists the placeholders unfilled.</summary>
    public async Task<IActionResult> OnPostLetterAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (LetterKind is not { } kind)
        {
            ModelState.AddModelError("Letter.Kind", "Choose a letter.");
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var fields = LetterFields.Where(f => LetterPlaceholders.All.ContainsKey(f.Key) && !LetterPlaceholders.FromRecords.Contains(f.Key))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var result = await IssueLetter.HandleAsync(new IssueLetter.Request(actor, Id, kind, fields), cases, letters, organisations, packs, audit, clock, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/cases/{Id.ToString(CultureInfo.InvariantCulture)}/letters/{result.Letter!.Id.ToString(CultureInfo.InvariantCulture)}");
        }

        Unfilled = result.Rendered?.Unfilled ?? [];
        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError("Letter." + CaseText.Code(kind), message);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return false;
        }

        View = await ViewCase.HandleAsync(new ViewCase.Request(actor, Id), cases, organisations, packs, audit, clock, cancellationToken);
        if (View.Full is not { } full)
        {
            return View.Found;
        }

        var record = full.File.Case;
        ReaderRoles = [.. CaseRoles.PolicyRolesOf(actor.Roles)];
        var context = await SchoolInContext.FindAsync(record.OrganisationId, organisations, cancellationToken);
        SchoolName = context?.School.Name ?? string.Empty;
        Pack = full.Pack;
        Procedure = Pack is null ? null : CaseProcedures.For(Pack, record.Type);
        Staff = [.. (await people.ListAsync(record.OrganisationId, PersonKind.Staff, cancellationToken)).OrderBy(p => p.FamilyName, StringComparer.CurrentCultureIgnoreCase)];
        var named = new Dictionary<long, Person>();
        var ids = full.File.Parties.Select(p => p.PersonId).OfType<long>().Append(record.ReportedByPersonId).Distinct();
        foreach (var id in ids)
        {
            if (await people.GetAsync(id, cancellationToken) is { } person)
            {
                named[id] = person;
            }
        }

        foreach (var person in Staff)
        {
            named.TryAdd(person.Id, person);
        }

        People = named;
        Letters = await letters.ListForCaseAsync(record.Id, cancellationToken);
        if (Pack is not null && context is not null)
        {
            var offers = new List<(LetterOffer, int, IReadOnlyList<string>)>();
            foreach (var offer in LetterKinds.OfferedBy(Pack))
            {
                if (await LetterTemplates.CurrentAsync(letters, context with { Pack = Pack }, offer.Kind, cancellationToken) is { } template)
                {
                    offers.Add((offer, template.Version, [.. LetterPlaceholders.UsedIn(template.Body).Where(p => !LetterPlaceholders.FromRecords.Contains(p))]));
                }
            }

            LetterOffers = offers;
        }

        return true;
    }

    /// <summary>A person's name, or "someone no longer in the register".</summary>
    public string NameOf(long? personId) =>
        personId is { } id && People.TryGetValue(id, out var person) ? person.DisplayName : "someone no longer in the register";
}
