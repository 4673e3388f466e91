using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Packs;

/// <summary>One pack: metadata, warnings, parameters and every clause.</summary>
public sealed class ShowModel : PageModel
{
    /// <summary>The pack's view.</summary>
    public ShowPack.PackView? View { get; private set; }

    /// <summary>GET /packs/{id}; 404 for an id that is not shipped.</summary>
    public IActionResult OnGet(string id)
    {
        if (!BuiltInPacks.Ids.Contains(id, StringComparer.Ordinal))
        {
            return NotFound();
        }

        View = ShowPack.Handle(BuiltInPacks.Load(id));
        return Page();
    }
}
