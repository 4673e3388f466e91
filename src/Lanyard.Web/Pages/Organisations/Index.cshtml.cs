using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Organisations;

/// <summary>The organisation register: schools, trusts, federations and the pack in force in each.</summary>
public sealed class IndexModel : PageModel
{
    private readonly IOrganisationRegister _register;

    /// <summary>Creates the page over the register.</summary>
    public IndexModel(IOrganisationRegister register) => _register = register;

    /// <summary>The register.</summary>
    public IReadOnlyList<ListOrganisations.Item> Organisations { get; private set; } = [];

    /// <summary>The signed-in person's organisation: its settings, and those of its schools, are theirs to change.</summary>
    public long? HomeOrganisationId => SignInPrincipal.OrganisationId(User);

    /// <summary>Whether the signed-in person may change this organisation's settings.</summary>
    public bool MayChange(ListOrganisations.Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return HomeOrganisationId is { } home && (item.Id == home || Organisations.Any(o => o.Id == home && o.Name == item.ParentName));
    }

    /// <summary>The form.</summary>
    [BindProperty]
    public NewOrganisationForm Input { get; set; } = new();

    /// <summary>The shipped packs, for the form.</summary>
    public IReadOnlyList<string> PackIds => BuiltInPacks.Ids;

    /// <summary>GET /organisations.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await ListOrganisations.HandleAsync(_register, cancellationToken);

    /// <summary>POST /organisations: register one; on refusal, the form comes back with each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new RegisterOrganisation.Request(Input.Name, Input.Level, Input.ParentId, Input.PackId);
        var result = await RegisterOrganisation.HandleAsync(request, _register, cancellationToken);
        if (result.Succeeded)
        {
            return RedirectToPage();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        Organisations = await ListOrganisations.HandleAsync(_register, cancellationToken);
        return Page();
    }

    /// <summary>The registration form's fields.</summary>
    public sealed class NewOrganisationForm
    {
        /// <summary>Name.</summary>
        public string? Name { get; set; }

        /// <summary>School, trust or federation.</summary>
        public OrganisationLevel Level { get; set; } = OrganisationLevel.School;

        /// <summary>The trust or federation a school belongs to.</summary>
        public long? ParentId { get; set; }

        /// <summary>The pack to attach.</summary>
        public string? PackId { get; set; }
    }
}
