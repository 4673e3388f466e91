using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// /cases: the cases the reader may see (ListCases decides, row by row): in full for those who work
/// on them, the status of their own reports for a reporter, anonymised rows for governors.
/// </summary>
internal sealed class IndexModel(ICaseStore cases, IOrganisationRegister organisations, CasePacks packs, TimeProvider clock) : PageModel
{
    /// <summary>Only this type (kebab case).</summary>
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    /// <summary>Only this stage (kebab case).</summary>
    [BindProperty(SupportsGet = true, Name = "stage")]
    public string? Stage { get; set; }

    /// <summary>Only open cases.</summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public bool OpenOnly { get; set; }

    /// <summary>Only cases with an overdue task.</summary>
    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool OverdueOnly { get; set; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<ListCases.Row> Rows { get; private set; } = [];

    /// <summary>School names by id, for readers of more than one school.</summary>
    public IReadOnlyDictionary<long, string> Schools { get; private set; } = new Dictionary<long, string>();

    /// <summary>GET /cases.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        var request = new ListCases.Request(actor, CaseText.Parse<CaseType>(Type), CaseText.Parse<CaseStage>(Stage), OpenOnly, OverdueOnly);
        Rows = await ListCases.HandleAsync(request, cases, organisations, packs, clock, cancellationToken);
        Schools = (await SchoolsInScope.HandleAsync(actor.OrganisationId, organisations, cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return Page();
    }
}
