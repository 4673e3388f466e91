using Lanyard.Core.Governance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// Close a review with its outcome (no change, or an approved new version) and the approver, who is
/// the signed-in person; <see cref="CompletePolicyReview"/> checks they are whom the policy names.
/// </summary>
internal sealed class ReviewModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The organisation chosen (trust and federation staff); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>No change, or a new version.</summary>
    [BindProperty]
    public ReviewOutcome? Outcome { get; set; }

    /// <summary>For a new version: the approved version.</summary>
    [BindProperty]
    public long? NewVersionId { get; set; }

    /// <summary>The day the review closed (a meeting date).</summary>
    [BindProperty]
    public DateOnly? CompletedOn { get; set; }

    /// <summary>The organisation.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>The review position.</summary>
    public PolicyReviewStatus.Result Status { get; private set; } = null!;

    /// <summary>Approved versions a review may name, newest first.</summary>
    public IReadOnlyList<PolicyVersion> Approved { get; private set; } = [];

    /// <summary>Today, by the clock.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Errors by field (<c>outcome</c>, <c>newVersionId</c>, <c>completedOn</c>, or others for the form as a whole).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>GET /governance/review.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        CompletedOn = Today;
        return Page();
    }

    /// <summary>POST: closes the review → the register; refused → the form with each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            Errors = new Dictionary<string, string> { ["outcome"] = "Choose the outcome." };
            return Page();
        }

        var result = await CompletePolicyReview.HandleAsync(
            new CompletePolicyReview.Request(Scope.Organisation.Id, Scope.PersonId, outcome, outcome == ReviewOutcome.NewVersion ? NewVersionId : null, CompletedOn), ports, clock, cancellationToken);
        if (result.Review is null)
        {
            Errors = result.Errors;
            return Page();
        }

        return Redirect($"/governance{Scope.Query()}#reviews");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, OrganisationId, ports.Organisations, cancellationToken) is not { } scope
            || await PolicyReviewStatus.HandleAsync(scope.Organisation.Id, ports, clock, cancellationToken) is not { } status)
        {
            return false;
        }

        Scope = scope;
        Status = status;
        Today = status.State.Today;
        Approved = [.. (await ports.Versions.ListAsync(status.InForce.PackFrom.Id, cancellationToken)).Where(v => v.Status == PolicyVersionState.Approved).Reverse()];
        return true;
    }
}
