using Lanyard.Core.Accounts;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>
/// The school's official account register: each account with how it was judged under the policy
/// (every problem with its clause), where it stands against its next attestation, and the policy
/// review its registration raised, if one is still open.
/// </summary>
internal sealed class IndexModel(IOrganisationRegister organisations, IOfficialAccountRegister accounts, IReviewTaskRegister reviews, TimeProvider clock) : PageModel
{
    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The account just saved, to confirm it.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public long? SavedId { get; set; }

    /// <summary>The school.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The register.</summary>
    public ListOfficialAccounts.Result Register { get; private set; } = null!;

    /// <summary>The open policy reviews the accounts raised, once each.</summary>
    public IReadOnlyList<(ReviewTask Task, ListOfficialAccounts.Item Account)> PendingReviews =>
        [.. Register.Accounts.Where(a => a.PendingPolicyReview is not null).Select(a => (a.PendingPolicyReview!, a))];

    /// <summary>GET /accounts.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope
            || await ListOfficialAccounts.HandleAsync(scope.School.Id, organisations, accounts, reviews, clock, cancellationToken) is not { } register)
        {
            return NotFound();
        }

        Scope = scope;
        Register = register;
        return Page();
    }
}
