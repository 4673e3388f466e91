using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// What changed between two versions of the policy (<see cref="DiffPacks"/>): added, removed and
/// changed clauses and parameters, and the clauses staff sign again. Any member of staff may read it.
/// </summary>
internal sealed class DiffModel(GovernancePorts ports) : PageModel
{
    /// <summary>The word that stands for the shipped pack instead of a register id.</summary>
    public const string Shipped = "shipped";

    /// <summary>The older version: a register id, or <see cref="Shipped"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "old")]
    public string? Old { get; set; }

    /// <summary>The newer version: a register id, or <see cref="Shipped"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "new")]
    public string? New { get; set; }

    /// <summary>The organisation chosen (trust and federation staff); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public long? OrganisationId { get; set; }

    /// <summary>The organisation.</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>The comparison.</summary>
    public DiffPacks.Difference Difference { get; private set; } = null!;

    /// <summary>The register id of the newer side, when it is a stored version (its page holds the clauses).</summary>
    public long? NewId { get; private set; }

    /// <summary>The register id of the older side, when it is a stored version.</summary>
    public long? OldId { get; private set; }

    /// <summary>GET /governance/diff?old=…&amp;new=….</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, OrganisationId, ports.Organisations, cancellationToken) is not { } scope
            || scope.Chosen.Pack is null)
        {
            return NotFound();
        }

        Scope = scope;
        var (oldPack, oldId) = await SideAsync(Old, cancellationToken);
        var (newPack, newId) = await SideAsync(New, cancellationToken);
        if (oldPack is null || newPack is null)
        {
            return NotFound();
        }

        OldId = oldId;
        NewId = newId;
        Difference = DiffPacks.Handle(oldPack, newPack);
        return Page();
    }

    private async Task<(PolicyPack? Pack, long? Id)> SideAsync(string? side, CancellationToken cancellationToken)
    {
        if (string.Equals(side, Shipped, StringComparison.Ordinal))
        {
            return (Scope.Chosen.Pack, null);
        }

        return long.TryParse(side, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && await ports.Versions.GetAsync(id, cancellationToken) is { } version && Scope.Holds(version)
            ? (PolicyVersions.Load(version), id)
            : (null, null);
    }
}
