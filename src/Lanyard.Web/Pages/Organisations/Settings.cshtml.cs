using Lanyard.Core.Organisations;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Organisations;

/// <summary>An organisation's settings: when its school year starts, and its own email domains.</summary>
public sealed class SettingsModel : PageModel
{
    private readonly IOrganisationRegister _register;

    /// <summary>Creates the page over the register.</summary>
    public SettingsModel(IOrganisationRegister register) => _register = register;

    /// <summary>The organisation.</summary>
    public Organisation? Organisation { get; private set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    /// <summary>GET /organisations/{id}/settings.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Organisation = await InScopeAsync(id, cancellationToken);
        if (Organisation is null)
        {
            return NotFound();
        }

        Input = new SettingsForm
        {
            YearStartMonth = Organisation.YearStartMonth,
            YearStartDay = Organisation.YearStartDay,
            EmailDomains = string.Join(", ", Organisation.EmailDomains),
        };
        return Page();
    }

    /// <summary>POST: save, or show each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        Organisation = await InScopeAsync(id, cancellationToken);
        if (Organisation is null)
        {
            return NotFound();
        }

        var result = await UpdateOrganisationSettings.HandleAsync(
            new UpdateOrganisationSettings.Request(id, Input.YearStartMonth, Input.YearStartDay, Input.EmailDomains), _register, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Saved"] = "Settings saved.";
            return RedirectToPage(new { id });
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        return Page();
    }

    // Staff may change their own organisation, and trust or federation staff each school in it.
    private async Task<Organisation?> InScopeAsync(long id, CancellationToken cancellationToken)
    {
        if (SignInPrincipal.OrganisationId(User) is not { } home)
        {
            return null;
        }

        var all = await _register.ListAsync(cancellationToken);
        var target = all.FirstOrDefault(o => o.Id == id);
        return target is not null && (target.Id == home || target.ParentId == home) ? target : null;
    }

    /// <summary>The settings form.</summary>
    public sealed class SettingsForm
    {
        /// <summary>Month the school year starts.</summary>
        public int YearStartMonth { get; set; } = 9;

        /// <summary>Day it starts.</summary>
        public int YearStartDay { get; set; } = 1;

        /// <summary>The organisation's email domains.</summary>
        public string? EmailDomains { get; set; }
    }
}
