using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Packs;

/// <summary>The disagreement table across the shipped packs.</summary>
public sealed class CompareModel : PageModel
{
    /// <summary>The table.</summary>
    public ComparePacks.Comparison? Comparison { get; private set; }

    /// <summary>GET /packs/compare.</summary>
    public void OnGet() => Comparison = ComparePacks.Handle([.. BuiltInPacks.Ids.Select(BuiltInPacks.Get)]);
}
