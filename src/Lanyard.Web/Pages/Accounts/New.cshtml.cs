using Lanyard.Core.Accounts;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>Registers an account: judged under the school's pack, refused by field (citing the clause) or stored with its decision.</summary>
internal sealed class NewModel(
    IOrganisationRegister organisations,
    IPeopleRegister people,
    IOfficialAccountRegister accounts,
    IReviewTaskRegister reviews,
    TimeProvider clock) : AccountFormPage(organisations, people)
{
    private readonly IOrganisationRegister _organisations = organisations;
    private readonly IPeopleRegister _people = people;

    /// <inheritdoc />
    public override string Heading => "Register an official account";

    /// <inheritdoc />
    public override string SubmitText => "Register account";

    /// <summary>GET /accounts/new.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>POST /accounts/new: registered (accepted, flagged or held) → the register; rejected → the form with each reason by its field.</summary>
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

        var request = new AddOfficialAccount.Request(Scope.School.Id, Input.ToForm());
        var result = await AddOfficialAccount.HandleAsync(request, _organisations, _people, accounts, reviews, clock, cancellationToken);
        if (result.AccountId is { } id)
        {
            return ToRegister(id);
        }

        AddErrors(result.Errors);
        return Page();
    }
}
