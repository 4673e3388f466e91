using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using EvidencePackModel = Lanyard.Core.Casework.EvidencePack;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// /cases/{id}/evidence-pack?for=police|lado|platform-takedown|professionals-online-safety-helpline:
/// the printable pack (PrintEvidencePack builds it, decides what the recipient sees, and audits it).
/// </summary>
internal sealed class EvidencePackPageModel(ICaseStore cases, IOrganisationRegister organisations, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The pack.</summary>
    public EvidencePackModel Pack { get; private set; } = null!;

    /// <summary>The case id.</summary>
    public long CaseId { get; private set; }

    /// <summary>GET: the pack, or 404 (no such case, not the reader's, or no such recipient).</summary>
    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "for")] string? recipient, CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor || PrintEvidencePack.ParseRecipient(recipient) is not { } forWhom)
        {
            return NotFound();
        }

        var result = await PrintEvidencePack.HandleAsync(new PrintEvidencePack.Request(actor, id, forWhom), cases, organisations, audit, clock, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        CaseId = id;
        Pack = result.Pack!;
        return Page();
    }
}
