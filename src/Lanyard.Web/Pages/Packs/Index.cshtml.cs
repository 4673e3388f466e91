using Lanyard.Core.Policies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Packs;

/// <summary>The packs Lanyard ships: one row each.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>The packs.</summary>
    public IReadOnlyList<ListPacks.Item> Packs { get; private set; } = [];

    /// <summary>GET /packs.</summary>
    public void OnGet() => Packs = ListPacks.Handle();
}
