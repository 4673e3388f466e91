using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// /cases/{id}/evidence/{evidenceId}: downloads an evidence file, verified against its SHA-256 and
/// audited (ReadEvidenceFile). Always an attachment, never sniffed, so a browser cannot be made to
/// run an uploaded file as a page. A case or item the reader may not see answers 404.
/// </summary>
internal sealed class EvidenceFileModel(ICaseStore cases, IOrganisationRegister organisations, IEvidenceFiles files, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>GET: the file, or 404; 409 with the reason when the stored bytes no longer match their hash.</summary>
    public async Task<IActionResult> OnGetAsync(long id, long evidenceId, CancellationToken cancellationToken)
    {
        if (CaseActors.From(User) is not { } actor)
        {
            return NotFound();
        }

        var result = await ReadEvidenceFile.HandleAsync(new ReadEvidenceFile.Request(actor, id, evidenceId), cases, organisations, files, audit, clock, cancellationToken);
        if (!result.Succeeded)
        {
            var message = result.Errors.Values.FirstOrDefault();
            return message is ReadEvidenceFile.TamperedRefusal or ReadEvidenceFile.MissingRefusal
                ? new ConflictObjectResult(message)
                : NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        // Served as bytes to save, whatever the upload claimed to be.
        return File(result.Content!, "application/octet-stream", result.FileName ?? $"evidence-{evidenceId}");
    }
}
