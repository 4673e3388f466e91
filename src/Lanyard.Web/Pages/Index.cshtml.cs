using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages;

/// <summary>The home page: what Lanyard does today and what is planned.</summary>
internal sealed class IndexModel : PageModel
{
}
