using Lanyard.Core.Connections;
using Lanyard.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Connections;

/// <summary>
/// The signed-in member of staff's own connection checks, newest first, each with its full answer.
/// Only their own: the school's whole log is for those who decide holds, not for colleagues.
/// </summary>
internal sealed class HistoryModel(IOrganisationRegister organisations, IConnectionLog log) : PageModel
{
    /// <summary>How many checks the page lists.</summary>
    public const int Limit = 100;

    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The school.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The user's checks at the school, newest first.</summary>
    public IReadOnlyList<ConnectionDecisionRecord> Decisions { get; private set; } = [];

    /// <summary>GET /connections/history.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        Scope = scope;
        Decisions = await ListConnectionDecisions.HandleAsync(new ListConnectionDecisions.Request(scope.School.Id, scope.PersonId, Limit), log, cancellationToken);
        return Page();
    }
}
