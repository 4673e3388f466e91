using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages;

public class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}

