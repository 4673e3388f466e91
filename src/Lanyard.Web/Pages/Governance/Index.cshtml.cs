using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// The policy register of one organisation: the pack in force and its version, approval, review
/// cycle and dates, open review tasks and every version. Any member of staff may read it; drafting a
/// new version is for the roles <see cref="DraftPolicyVersion"/> allows, and it says so when refused.
/// </summary>
internal sealed class IndexModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The organisation asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>The organisation shown.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>The review position: pack in force, calendar, completed reviews, open tasks.</summary>
    public PolicyReviewStatus.Result Status { get; private set; } = null!;

    /// <summary>Every version in the register, newest first, with its state today and who drafted it.</summary>
    public IReadOnlyList<(PolicyVersion Version, PolicyVersionState State, string DraftedBy)> Versions { get; private set; } = [];

    /// <summary>Today, by the clock.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Errors from drafting, if it was refused.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The open draft, if there is one.</summary>
    public PolicyVersion? OpenDraft => Versions.Select(v => v.Version).FirstOrDefault(v => v.Status == PolicyVersionState.Draft);

    /// <summary>GET /governance.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>POST /governance?handler=draft: a new draft from the version in force, then its page.</summary>
    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await DraftPolicyVersion.HandleAsync(new DraftPolicyVersion.Request(Scope.Organisation.Id, Scope.PersonId), ports, clock, cancellationToken);
        if (result.Draft is { } draft)
        {
            return Redirect($"/governance/versions/{draft.Id}{Scope.Query()}");
        }

        Errors = [.. result.Errors.Values];
        return Page();
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
        var all = await ports.Versions.ListAsync(status.InForce.PackFrom.Id, cancellationToken);
        var rows = new List<(PolicyVersion, PolicyVersionState, string)>();
        foreach (var version in all.Reverse())
        {
            var drafter = await ports.People.GetAsync(version.DraftedByPersonId, cancellationToken);
            rows.Add((version, PolicyVersionWorkflow.StateOn(version, all, Today), drafter?.DisplayName ?? "someone no longer in the register"));
        }

        Versions = rows;
        return true;
    }
}
