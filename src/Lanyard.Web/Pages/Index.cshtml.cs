using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages;

/// <summary>The home page (Dashboard in the navigation): what Lanyard does today and what comes next.</summary>
internal sealed class IndexModel : PageModel
{
}
