using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Chronology;

/// <summary>
/// One pupil's or member of staff's chronology across the cases the reader reads in full
/// (<see cref="Core.Casework.Chronology"/>, which audits the view). A person outside the reader's
/// scope, or not in the register, is 404. Cases the reader may not open are left out and not
/// counted, so the page never hints that they exist.
/// </summary>
internal sealed class IndexModel(ICaseStore cases, IPeopleRegister people, IOrganisationRegister organisations, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The chronology.</summary>
    public Core.Casework.Chronology.Result Chronology { get; private set; } = null!;

    /// <summary>GET /chronology/{personId}.</summary>
    public async Task<IActionResult> OnGetAsync(long personId, CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        var result = await Core.Casework.Chronology.HandleAsync(new Core.Casework.Chronology.Request(actor, personId), cases, people, organisations, audit, clock, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        Chronology = result;
        return Page();
    }
}
