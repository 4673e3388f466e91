using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// Social media training at a school, where the policy requires it (Chapmanslade): who is due, the
/// sessions held, and a form to record one. For leadership and governors (403 for anyone else);
/// recording is for whoever the policy says provides training, decided by <see cref="RecordTrainingSession"/>.
/// </summary>
internal sealed class TrainingModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The organisation chosen (trust and federation staff); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>Set after a session was recorded.</summary>
    [BindProperty(SupportsGet = true, Name = "recorded")]
    public bool Recorded { get; set; }

    /// <summary>The day it was held.</summary>
    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    /// <summary>Its title.</summary>
    [BindProperty]
    public string? Title { get; set; }

    /// <summary>Who ran it.</summary>
    [BindProperty]
    public string? Provider { get; set; }

    /// <summary>The staff who attended.</summary>
    [BindProperty]
    public IReadOnlyList<long> Attendees { get; set; } = [];

    /// <summary>The organisation.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>Who is due.</summary>
    public TrainingDue.Result Due { get; private set; } = null!;

    /// <summary>The sessions held, newest first.</summary>
    public IReadOnlyList<TrainingSession> Sessions { get; private set; } = [];

    /// <summary>The organisation's staff, by name, to choose attendees from.</summary>
    public IReadOnlyList<Person> Staff { get; private set; } = [];

    /// <summary>Today, by the clock.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Errors by field (<c>heldOn</c>, <c>title</c>, <c>provider</c>, <c>attendees</c>, or others for the form as a whole).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>GET /governance/training.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        HeldOn = Today;
        return Page();
    }

    /// <summary>POST: records a session; recorded → this page saying so; refused → the form with each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await RecordTrainingSession.HandleAsync(
            new RecordTrainingSession.Request(Scope.Organisation.Id, Scope.PersonId, HeldOn ?? Today, Title, Provider, Attendees ?? []), ports, clock, cancellationToken);
        if (result.Session is not null)
        {
            return Redirect($"/governance/training?recorded=true{Scope.Query('&')}");
        }

        Errors = result.Errors;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, OrganisationId, ports.Organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        if (!scope.Oversees)
        {
            return Forbid();
        }

        Scope = scope;
        Today = UkTime.Today(clock);
        Due = await TrainingDue.HandleAsync(scope.Organisation.Id, ports, clock, cancellationToken);
        Sessions = [.. (await ports.Training.ListAsync(scope.Organisation.Id, cancellationToken)).Reverse()];
        Staff = [.. (await ports.People.ListAsync(scope.Organisation.Id, PersonKind.Staff, cancellationToken)).OrderBy(p => p.FamilyName, StringComparer.CurrentCulture).ThenBy(p => p.GivenName, StringComparer.CurrentCulture)];
        return null;
    }
}
