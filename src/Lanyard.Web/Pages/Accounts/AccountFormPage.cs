using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>
/// What the new and edit pages share: the school in scope, the form, the staff to choose admins
/// and the approver from, and the use cases' errors put beside their inputs.
/// </summary>
internal abstract class AccountFormPage(IOrganisationRegister organisations, IPeopleRegister people) : PageModel
{
    /// <summary>The roles an approver can be recorded in, as the packs name them.</summary>
    public static IReadOnlyList<Role> ApproverRoles { get; } =
        [Role.Headteacher, Role.DeputyHead, Role.Slt, Role.LeadershipTeam, Role.Dsl, Role.GoverningBody, Role.ChairOfGovernors, Role.Coo, Role.ItManager];

    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public AccountFormInput Input { get; set; } = new AccountFormInput().WithAdminRows();

    /// <summary>The school.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>Staff who can be chosen as admins or the approver: the school's and its trust's or federation's.</summary>
    public IReadOnlyList<Person> Staff { get; private set; } = [];

    /// <summary>The page's heading.</summary>
    public abstract string Heading { get; }

    /// <summary>The submit button's text.</summary>
    public abstract string SubmitText { get; }

    /// <summary>The first error for a form field (a <see cref="Core.Accounts.OfficialAccountForm"/> key such as <c>LinkedEmail</c> or <c>Admins[0].Name</c>).</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue($"{nameof(Input)}.{key}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Errors that belong to no one field: the school itself cannot have accounts judged yet, say.</summary>
    public IReadOnlyList<string> FormErrors =>
        ModelState.TryGetValue(string.Empty, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    /// <summary>Reads the school in scope and the staff; false when the school is not the user's to see.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope)
        {
            return false;
        }

        Scope = scope;
        var staff = (await people.ListAsync(scope.School.Id, PersonKind.Staff, cancellationToken)).ToList();
        if (scope.School.ParentId is { } parent)
        {
            staff.AddRange(await people.ListAsync(parent, PersonKind.Staff, cancellationToken));
        }

        Staff = staff;
        Input.WithAdminRows();
        return true;
    }

    /// <summary>Files the use case's errors under the inputs they name; the school-level ones go to the whole form.</summary>
    protected void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key is "OrganisationId" or "AccountId" or "" ? string.Empty : $"{nameof(Input)}.{key}", message);
        }
    }

    /// <summary>Back to the register, on the same school.</summary>
    protected IActionResult ToRegister(long accountId) =>
        RedirectToPage("/Accounts/Index", new { school = SchoolId, saved = accountId });
}
