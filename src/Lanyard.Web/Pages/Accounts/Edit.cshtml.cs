using Lanyard.Core.Accounts;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>Changes an account's entry, judged afresh under the pack in force today; a rejected change leaves it as it was.</summary>
internal sealed class EditModel(
    IOrganisationRegister organisations,
    IPeopleRegister people,
    IOfficialAccountRegister accounts,
    IReviewTaskRegister reviews,
    TimeProvider clock) : AccountFormPage(organisations, people)
{
    private readonly IOrganisationRegister _organisations = organisations;
    private readonly IPeopleRegister _people = people;

    /// <summary>The account's id, from the address.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The entry as stored.</summary>
    public ListOfficialAccounts.Item Account { get; private set; } = null!;

    /// <inheritdoc />
    public override string Heading => $"Change {Account.Account}";

    /// <inheritdoc />
    public override string SubmitText => "Save changes";

    /// <summary>GET /accounts/{id}/edit: the form filled in from the entry.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = AccountFormInput.From(OfficialAccountForm.From(Account.Account));
        return Page();
    }

    /// <summary>POST /accounts/{id}/edit.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await UpdateOfficialAccount.HandleAsync(new UpdateOfficialAccount.Request(Scope.School.Id, Id, Input.ToForm()), _organisations, _people, accounts, clock, cancellationToken);
        if (result.Updated)
        {
            return ToRegister(Id);
        }

        AddErrors(result.Errors);
        return Page();
    }

    // Found through the school's own register, so an id from another school is simply not there.
    private async Task<bool> LoadAccountAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)
            || await ListOfficialAccounts.HandleAsync(Scope.School.Id, _organisations, accounts, reviews, clock, cancellationToken) is not { } register
            || register.Accounts.FirstOrDefault(a => a.Id == Id) is not { } item)
        {
            return false;
        }

        Account = item;
        return true;
    }
}
