using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Letters;

/// <summary>
/// The letter template editor (<see cref="SaveLetterTemplate"/>): for each letter the school's pack
/// offers, the template in force (the school's own, its trust's or federation's, or the shipped
/// default, and which), an editor with the placeholders listed, save as a new version, reset to the
/// default, and the version history. SLT, the head teacher and deputy heads may use it; anyone else
/// is refused (403), as the use case refuses them. A letter the pack does not offer is 404.
/// </summary>
internal sealed class TemplatesModel(ILetterStore letters, IOrganisationRegister organisations, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>Where the template in force comes from.</summary>
    public enum Source
    {
        /// <summary>The school saved its own.</summary>
        School,

        /// <summary>The trust or federation whose pack the school follows saved one.</summary>
        Group,

        /// <summary>Nobody has saved one: Lanyard's shipped text for the pack.</summary>
        ShippedDefault,
    }

    /// <summary>The school (the editor's own organisation) and its pack.</summary>
    public SchoolInContext School { get; private set; } = null!;

    /// <summary>The letters the pack offers, in ladder order.</summary>
    public IReadOnlyList<LetterOffer> Offers { get; private set; } = [];

    /// <summary>The letter being edited; null when the pack offers none.</summary>
    public LetterOffer? Offer { get; private set; }

    /// <summary>The template in force for it.</summary>
    public LetterTemplate? Current { get; private set; }

    /// <summary>Where <see cref="Current"/> comes from.</summary>
    public Source CurrentSource { get; private set; }

    /// <summary>The school's saved versions, newest first.</summary>
    public IReadOnlyList<LetterTemplate> History { get; private set; } = [];

    /// <summary>The text in the editor: the current template, or what was posted when it was refused.</summary>
    [BindProperty]
    public string? Body { get; set; }

    /// <summary>The version just saved, to confirm it.</summary>
    public int? SavedVersion { get; private set; }

    /// <summary>Whether the version just saved was a reset to the default.</summary>
    public bool WasReset { get; private set; }

    /// <summary>GET /letters/templates?kind={kind}.</summary>
    public async Task<IActionResult> OnGetAsync(string? kind, int? saved, bool reset, CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(kind, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Body = Current?.Body;
        SavedVersion = saved;
        WasReset = reset;
        return Page();
    }

    /// <summary>POST /letters/templates?handler=Save&amp;kind={kind}: save the text as the next version.</summary>
    public Task<IActionResult> OnPostSaveAsync(string? kind, CancellationToken cancellationToken) => SaveAsync(kind, reset: false, cancellationToken);

    /// <summary>POST /letters/templates?handler=Reset&amp;kind={kind}: save the shipped default as the next version.</summary>
    public Task<IActionResult> OnPostResetAsync(string? kind, CancellationToken cancellationToken) => SaveAsync(kind, reset: true, cancellationToken);

    /// <summary>How the source of the template in force is worded.</summary>
    public string SourceText() => CurrentSource switch
    {
        Source.School => $"{School.School.Name}'s own version {Current!.Version.ToString(CultureInfo.InvariantCulture)}",
        Source.Group => $"{School.PackFrom?.Name ?? "The trust"}'s version {Current!.Version.ToString(CultureInfo.InvariantCulture)}, which your school follows until it saves its own",
        _ => $"Lanyard's default for the {School.Pack!.Title}",
    };

    private async Task<IActionResult> SaveAsync(string? kind, bool reset, CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(kind, cancellationToken);
        if (refusal is not null || Offer is null)
        {
            return refusal ?? NotFound();
        }

        var result = await SaveLetterTemplate.HandleAsync(
            new SaveLetterTemplate.Request(CaseActors.From(User)!, Offer.Kind, reset ? null : Body, reset), letters, organisations, audit, clock, cancellationToken);
        if (result.Template is { } template)
        {
            return RedirectToPage(new { kind = LetterKinds.Name(Offer.Kind), saved = template.Version, reset = reset ? true : (bool?)null });
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field == nameof(SaveLetterTemplate.Request.Body) ? nameof(Body) : string.Empty, message);
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string? kind, CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (!actor.Roles.Any(SaveLetterTemplate.Editors.Contains))
        {
            return Forbid();
        }

        if (await SchoolInContext.FindAsync(actor.OrganisationId, organisations, cancellationToken) is not { } school)
        {
            return NotFound();
        }

        School = school;
        if (school.Pack is not { } pack)
        {
            return null;
        }

        Offers = LetterKinds.OfferedBy(pack);
        if (Offers.Count == 0)
        {
            return null;
        }

        if (kind is null)
        {
            Offer = Offers[0];
        }
        else if (LetterKinds.Parse(kind) is { } parsed && LetterKinds.Find(pack, parsed) is { } offer)
        {
            Offer = offer;
        }
        else
        {
            return NotFound();
        }

        Current = await LetterTemplates.CurrentAsync(letters, school, Offer.Kind, cancellationToken);
        CurrentSource = Current?.OrganisationId is not { } owner ? Source.ShippedDefault : owner == school.School.Id ? Source.School : Source.Group;
        History = await letters.TemplateHistoryAsync(school.School.Id, pack.Id, Offer.Kind, cancellationToken);
        return null;
    }
}
