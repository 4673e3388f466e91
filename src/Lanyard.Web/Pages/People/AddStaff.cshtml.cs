using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.People;

/// <summary>Adds a member of staff, with their roles, to the school's register.</summary>
internal sealed class AddStaffModel(IOrganisationRegister organisations, IPeopleRegister people) : PageModel
{
    /// <summary>The school the member of staff joins.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The form as entered.</summary>
    [BindProperty]
    public StaffForm Input { get; set; } = new();

    /// <summary>GET /people/staff/add?school=.</summary>
    public async Task<IActionResult> OnGetAsync(long? school, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, school, organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        Scope = scope;
        return Page();
    }

    /// <summary>POST /people/staff/add?school=: add, then show the new record; on refusal the form comes back with each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(long? school, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, school, organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        Scope = scope;
        var request = new AddStaffMember.Request(scope.School.Id, Input.GivenName, Input.FamilyName, Input.Email, Input.Department, Input.Roles);
        var result = await AddStaffMember.HandleAsync(request, people, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/people/{result.Person!.Id}?recorded=staff");
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        return Page();
    }

    /// <summary>The form's fields.</summary>
    public sealed class StaffForm
    {
        /// <summary>First name.</summary>
        public string? GivenName { get; set; }

        /// <summary>Surname.</summary>
        public string? FamilyName { get; set; }

        /// <summary>Work email.</summary>
        public string? Email { get; set; }

        /// <summary>Department.</summary>
        public string? Department { get; set; }

        /// <summary>The roles ticked.</summary>
        public List<StaffRole> Roles { get; set; } = [];
    }
}
