using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.People;

/// <summary>The people register: staff, pupils on roll, leavers and parents, with a search.</summary>
internal sealed class IndexModel(IOrganisationRegister organisations, IPeopleRegister people, TimeProvider clock) : PageModel
{
    /// <summary>The school shown and the schools the reader may choose among.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The register, or the part that matches the search.</summary>
    public ListPeople.Result Register { get; private set; } = null!;

    /// <summary>Today, for ages and who is on roll.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>GET /people?q=&amp;school=: 404 when the school asked for is not the reader's.</summary>
    public async Task<IActionResult> OnGetAsync(string? q, long? school, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, school, organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        Scope = scope;
        Today = UkTime.Today(clock);
        Register = await ListPeople.HandleAsync(new ListPeople.Request(scope.School.Id, q, Today), people, cancellationToken);
        return Page();
    }
}
