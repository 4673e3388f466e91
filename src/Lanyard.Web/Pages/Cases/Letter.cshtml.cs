using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// /cases/{id}/letters/{letterId}: a letter exactly as issued, ready to print. Only someone who reads
/// the case in full sees it; opening it is a view of the case, audited by ViewCase.
/// </summary>
internal sealed class LetterModel(ICaseStore cases, ILetterStore letters, IOrganisationRegister organisations, CasePacks packs, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The letter.</summary>
    public IssuedLetter Letter { get; private set; } = null!;

    /// <summary>GET: the letter, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(long id, long letterId, CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        var view = await ViewCase.HandleAsync(new ViewCase.Request(actor, id), cases, organisations, packs, audit, clock, cancellationToken);
        if (view.Full is null)
        {
            return NotFound();
        }

        if ((await letters.ListForCaseAsync(id, cancellationToken)).FirstOrDefault(l => l.Id == letterId) is not { } letter)
        {
            return NotFound();
        }

        Letter = letter;
        return Page();
    }
}
