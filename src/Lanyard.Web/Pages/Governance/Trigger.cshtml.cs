using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// Record an event that forces an early review (a statutory guidance change, new legislation…); it
/// opens a review task on the register. Who may record one is decided by <see cref="RecordReviewTrigger"/>.
/// </summary>
internal sealed class TriggerModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The organisation chosen (trust and federation staff); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>The event.</summary>
    [BindProperty]
    public ReviewTrigger? Trigger { get; set; }

    /// <summary>What happened, in a line.</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The organisation.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>The events the policy in force names.</summary>
    public IReadOnlyList<ReviewTrigger> Named { get; private set; } = [];

    /// <summary>The task opened, after a successful post.</summary>
    public RecordReviewTrigger.Result? Opened { get; private set; }

    /// <summary>Errors by field (<c>trigger</c>, <c>note</c>, or others for the form as a whole).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>GET /governance/trigger.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>POST: opens the review task, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Trigger is not { } trigger || !Enum.IsDefined(trigger))
        {
            Errors = new Dictionary<string, string> { ["trigger"] = "Choose the event." };
            return Page();
        }

        var result = await RecordReviewTrigger.HandleAsync(new RecordReviewTrigger.Request(Scope.Organisation.Id, Scope.PersonId, trigger, Note), ports, clock, cancellationToken);
        if (result.Task is null)
        {
            Errors = result.Errors;
        }
        else
        {
            Opened = result;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, OrganisationId, ports.Organisations, cancellationToken) is not { } scope
            || await PolicyVersions.InForceAsync(scope.Organisation.Id, UkTime.Today(clock), ports.Organisations, ports.Versions, cancellationToken) is not { } inForce)
        {
            return false;
        }

        Scope = scope;
        Named = inForce.Pack.Review.Triggers;
        return true;
    }
}
