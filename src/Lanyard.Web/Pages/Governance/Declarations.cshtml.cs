using System.Text;
using Lanyard.Core.Governance;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// Who has signed the declaration at a school and who has not, with the completion figure and a CSV
/// export, for leadership and governors (head teacher, deputy head, SLT, governors, chair); anyone
/// else is refused (403). Each member of staff sees their own on <c>/governance/declaration</c>.
/// </summary>
internal sealed class DeclarationsModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The organisation chosen (trust and federation staff); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>The organisation.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>The declaration status.</summary>
    public DeclarationStatus.Result Status { get; private set; } = null!;

    /// <summary>GET /governance/declarations.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is { } refused ? refused : Page();

    /// <summary>GET /governance/declarations?handler=csv: the same lists as a CSV attachment.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = $"declarations-{Status.InForce?.Pack.Id ?? "policy"}-{Status.InForce?.VersionLabel ?? "none"}-{UkTime.Today(clock):yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DeclarationCsv.Write(Status))).ToArray(), "text/csv; charset=utf-8", name);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, OrganisationId, ports.Organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        if (!scope.Oversees)
        {
            return Forbid();
        }

        Scope = scope;
        Status = await DeclarationStatus.HandleAsync(scope.Organisation.Id, ports, clock, cancellationToken);
        return null;
    }
}
