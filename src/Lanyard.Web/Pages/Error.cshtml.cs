using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages;

/// <summary>
/// Shown for an unhandled exception (outside Development) and for error status codes such as 404.
/// It never shows exception details.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    /// <summary>The id to quote when reporting the error; null for a status code page.</summary>
    public string? RequestId { get; private set; }

    /// <summary>True when the address matched no page.</summary>
    public bool IsNotFound { get; private set; }

    /// <summary>The page heading.</summary>
    public string Heading => IsNotFound ? "Page not found" : "Sorry, there is a problem";

    /// <summary>Renders the page for <paramref name="statusCode"/>, or for an exception when it is null.</summary>
    public void OnGet(int? statusCode) => Render(statusCode);

    /// <summary>Same as <see cref="OnGet"/>: a failed form post re-executes here with its method.</summary>
    public void OnPost(int? statusCode) => Render(statusCode);

    private void Render(int? statusCode)
    {
        IsNotFound = statusCode == StatusCodes.Status404NotFound;
        if (statusCode is null)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
