using System.Text;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// One version of the policy: read it (old versions stay readable), and while it is a draft change
/// it in the app (version label, review cycle, a clause's wording) or by uploading or pasting the
/// whole pack as YAML, approve it with its effective date, or withdraw it. Who may do each is decided by the use cases, which say why when they refuse.
/// </summary>
internal sealed class VersionModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The largest YAML upload accepted; the biggest shipped pack is about 80 KB.</summary>
    public const int MaxYamlBytes = 1024 * 1024;

    /// <summary>The version's id, from the address.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The organisation chosen (trust and federation staff); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>Set after a change was saved, to say so.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    /// <summary>The pasted YAML.</summary>
    [BindProperty]
    public string? Yaml { get; set; }

    /// <summary>The uploaded YAML file, which wins over the pasted text when both are given.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The version label typed in the form (in-app change).</summary>
    [BindProperty]
    public string? NewVersion { get; set; }

    /// <summary>The review cycle in months typed in the form; blank for none.</summary>
    [BindProperty]
    public string? ReviewCycleMonths { get; set; }

    /// <summary>The clause whose wording is changed.</summary>
    [BindProperty]
    public string? ClauseId { get; set; }

    /// <summary>The clause's new wording.</summary>
    [BindProperty]
    public string? Summary { get; set; }

    /// <summary>The day the approved version takes effect.</summary>
    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>For a body or committee: the meeting that approved it.</summary>
    [BindProperty]
    public DateOnly? MeetingDate { get; set; }

    /// <summary>The organisation.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>The version.</summary>
    public PolicyVersion Version { get; private set; } = null!;

    /// <summary>Its state today.</summary>
    public PolicyVersionState State { get; private set; }

    /// <summary>Its pack, loaded from the stored YAML.</summary>
    public PolicyPack Pack { get; private set; } = null!;

    /// <summary>The pack in force today (whose approver approves this draft).</summary>
    public PackInForce InForce { get; private set; } = null!;

    /// <summary>Who drafted it.</summary>
    public string DraftedBy { get; private set; } = string.Empty;

    /// <summary>Today, by the clock.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Which form the errors belong to: <c>edit</c>, <c>approve</c> or <c>withdraw</c>.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>Errors by field (<c>yaml</c>, <c>effectiveFrom</c>, <c>meetingDate</c>, or others for the form as a whole).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The loader's diagnostics for a refused upload, each with line and column.</summary>
    public IReadOnlyList<PackDiagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Signature lines still unsigned after a signatory signed.</summary>
    public IReadOnlyList<Role> AwaitingSignatures { get; private set; } = [];

    /// <summary>GET /governance/versions/{id}.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Yaml = Version.Yaml;
        EffectiveFrom = Today;
        MeetingDate = Today;
        ShowStoredSettings();
        return Page();
    }

    /// <summary>POST ?handler=edit: replace the draft's YAML with the upload or the pasted text.</summary>
    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        string? fileName = null;
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > MaxYamlBytes)
            {
                return Refused("edit", new Dictionary<string, string> { ["yaml"] = $"The file is {file.Length / 1024:N0} KB; a pack is at most {MaxYamlBytes / 1024:N0} KB." }, []);
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Yaml = await reader.ReadToEndAsync(cancellationToken);
            fileName = file.FileName;
        }

        var result = await UpdatePolicyDraft.HandleAsync(new UpdatePolicyDraft.Request(Id, Scope.PersonId, Yaml, fileName), ports, clock, cancellationToken);
        return result.Draft is null
            ? Refused("edit", result.Errors, result.Diagnostics)
            : Redirect($"/governance/versions/{Id}?saved=edit{Scope.Query('&')}");
    }

    /// <summary>POST ?handler=settings: change the version label and the review cycle in the app.</summary>
    public Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken) =>
        EditAsync("settings", new EditPolicyDraft.Request(Id, 0, Version: NewVersion ?? string.Empty, ReviewCycleMonths: ReviewCycleMonths ?? string.Empty), "#edit-here-heading", cancellationToken);

    /// <summary>POST ?handler=clause: change one clause's wording in the app.</summary>
    public Task<IActionResult> OnPostClauseAsync(CancellationToken cancellationToken) =>
        EditAsync("clause", new EditPolicyDraft.Request(Id, 0, ClauseId: ClauseId ?? string.Empty, Summary: Summary ?? string.Empty), $"#{Uri.EscapeDataString(ClauseId ?? "clauses")}", cancellationToken);

    private async Task<IActionResult> EditAsync(string form, EditPolicyDraft.Request request, string anchor, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await EditPolicyDraft.HandleAsync(request with { ActorPersonId = Scope.PersonId }, ports, clock, cancellationToken);
        if (result.Draft is null)
        {
            Yaml = Version.Yaml;
            return Refused(form, result.Errors, result.Diagnostics);
        }

        return Redirect($"/governance/versions/{Id}?saved=edit{Scope.Query('&')}{anchor}");
    }

    /// <summary>POST ?handler=approve: the approver the policy names approves (or a signatory signs).</summary>
    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await ApprovePolicyVersion.HandleAsync(new ApprovePolicyVersion.Request(Id, Scope.PersonId, EffectiveFrom, MeetingDate), ports, clock, cancellationToken);
        if (result.Version is null)
        {
            Yaml = Version.Yaml;
            return Refused("approve", result.Errors, []);
        }

        return Redirect($"/governance/versions/{Id}?saved={(result.Approved ? "approve" : "sign")}{Scope.Query('&')}");
    }

    /// <summary>POST ?handler=withdraw: abandon the draft; it stays readable.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await WithdrawPolicyDraft.HandleAsync(new WithdrawPolicyDraft.Request(Id, Scope.PersonId), ports, clock, cancellationToken);
        if (result.Version is null)
        {
            Yaml = Version.Yaml;
            return Refused("withdraw", result.Errors, []);
        }

        return Redirect($"/governance/versions/{Id}?saved=withdraw{Scope.Query('&')}");
    }

    private PageResult Refused(string form, IReadOnlyDictionary<string, string> errors, IReadOnlyList<PackDiagnostic> diagnostics)
    {
        FailedForm = form;
        Errors = errors;
        Diagnostics = diagnostics;
        Saved = null;
        if (form != "settings")
        {
            ShowStoredSettings();
        }

        return Page();
    }

    // The label and cycle form shows the draft as stored (after a refusal of that form, what was typed).
    private void ShowStoredSettings()
    {
        NewVersion = Version.Version;
        ReviewCycleMonths = Pack.Review.CycleMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Found through the user's own register, so a version of another organisation is simply not there.
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, OrganisationId, ports.Organisations, cancellationToken) is not { } scope
            || await ports.Versions.GetAsync(Id, cancellationToken) is not { } version
            || !scope.Holds(version))
        {
            return false;
        }

        Today = UkTime.Today(clock);
        if (await PolicyVersions.InForceAsync(scope.Organisation.Id, Today, ports.Organisations, ports.Versions, cancellationToken) is not { } inForce)
        {
            return false;
        }

        Scope = scope;
        Version = version;
        InForce = inForce;
        Pack = PolicyVersions.Load(version);
        var all = await ports.Versions.ListAsync(version.OrganisationId, cancellationToken);
        State = PolicyVersionWorkflow.StateOn(version, all, Today);
        DraftedBy = (await ports.People.GetAsync(version.DraftedByPersonId, cancellationToken))?.DisplayName ?? "someone no longer in the register";
        return true;
    }
}
