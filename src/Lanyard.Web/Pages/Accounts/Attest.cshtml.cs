using Lanyard.Core.Accounts;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>
/// The signed-in member of staff confirms an account's entry is still true and sets when it is next
/// to be confirmed. The entry's facts are not changed here: that is the edit page, which re-judges them.
/// </summary>
internal sealed class AttestModel(
    IOrganisationRegister organisations,
    IPeopleRegister people,
    IOfficialAccountRegister accounts,
    IReviewTaskRegister reviews,
    TimeProvider clock) : PageModel
{
    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The account's id, from the address.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public AttestForm Input { get; set; } = new();

    /// <summary>The school.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The entry being confirmed.</summary>
    public ListOfficialAccounts.Item Account { get; private set; } = null!;

    /// <summary>Today, in the school's time zone, as the register counts it.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The first error for a field (<c>AttestedOn</c>, <c>NextAttestationOn</c>, <c>Note</c>).</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue($"{nameof(Input)}.{key}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Errors about the request as a whole.</summary>
    public IReadOnlyList<string> FormErrors =>
        ModelState.TryGetValue(string.Empty, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    /// <summary>GET /accounts/{id}/attest.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.AttestedOn = Today;
        return Page();
    }

    /// <summary>POST /accounts/{id}/attest: recorded → the register; refused → the form with each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new AttestOfficialAccount.Request(Scope.School.Id, Id, Scope.PersonId, null, Input.AttestedOn, Input.NextAttestationOn, Input.Note);
        var result = await AttestOfficialAccount.HandleAsync(request, organisations, people, accounts, clock, cancellationToken);
        if (result.Succeeded)
        {
            return RedirectToPage("/Accounts/Index", new { school = SchoolId, saved = Id });
        }

        foreach (var (key, message) in result.Errors)
        {
            ModelState.AddModelError(key is nameof(AttestForm.AttestedOn) or nameof(AttestForm.NextAttestationOn) or nameof(AttestForm.Note) ? $"{nameof(Input)}.{key}" : string.Empty, message);
        }

        return Page();
    }

    // Found through the school's own register, so an id from another school is simply not there.
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope
            || await ListOfficialAccounts.HandleAsync(scope.School.Id, organisations, accounts, reviews, clock, cancellationToken) is not { } register
            || register.Accounts.FirstOrDefault(a => a.Id == Id) is not { } item)
        {
            return false;
        }

        Scope = scope;
        Account = item;
        Today = register.Today;
        return true;
    }

    /// <summary>The attestation's fields.</summary>
    public sealed class AttestForm
    {
        /// <summary>The day it was confirmed; today when blank.</summary>
        public DateOnly? AttestedOn { get; set; }

        /// <summary>When it is next to be confirmed.</summary>
        public DateOnly? NextAttestationOn { get; set; }

        /// <summary>Anything noted.</summary>
        public string? Note { get; set; }
    }
}
