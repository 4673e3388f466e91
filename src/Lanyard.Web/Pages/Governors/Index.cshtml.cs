using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governors;

/// <summary>
/// The cases report to governors (<see cref="GovernorCaseReport"/>), as a page meant to be printed
/// for a governing body meeting. Governors, the chair, leadership and the safeguarding leads may
/// open it; anyone else is refused (403: the page's existence is no secret, its numbers are). A
/// school outside the reader's scope is 404, exactly as a school that does not exist. Trust and
/// federation staff choose one school or all of theirs. The report carries no names, ids or free
/// text, so neither does the page.
/// </summary>
internal sealed class IndexModel(ICaseStore cases, GovernancePorts governance, TimeProvider clock) : PageModel
{
    /// <summary>The report.</summary>
    public GovernorCaseReport.Report Report { get; private set; } = null!;

    /// <summary>The schools the reader may report on (more than one: a picker is shown).</summary>
    public IReadOnlyList<Organisation> Schools { get; private set; } = [];

    /// <summary>The school chosen, or null for all of them.</summary>
    public long? ChosenSchool { get; private set; }

    /// <summary>GET /governors?school={id}.</summary>
    public async Task<IActionResult> OnGetAsync(long? school, CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (!GovernorCaseReport.MaySee(actor))
        {
            return Forbid();
        }

        if (await GovernorCaseReport.HandleAsync(new GovernorCaseReport.Request(actor, school), cases, governance, clock, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Schools = SchoolsInScope.Of(actor.OrganisationId, await governance.Organisations.ListAsync(cancellationToken));
        ChosenSchool = school;
        Report = report;
        return Page();
    }
}
