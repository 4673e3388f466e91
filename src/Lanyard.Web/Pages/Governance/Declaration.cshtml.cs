using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Governance;

/// <summary>
/// The signed-in member of staff's own declaration: they read the version in force (the whole policy
/// the first time, only the clauses that changed after a new version) and sign it as themselves.
/// There is no field naming the signer: the use case is always given the signed-in person.
/// </summary>
internal sealed class DeclarationModel(GovernancePorts ports, TimeProvider clock) : PageModel
{
    /// <summary>The name as they print it.</summary>
    [BindProperty]
    public string? PrintedName { get; set; }

    /// <summary>Their department.</summary>
    [BindProperty]
    public string? Department { get; set; }

    /// <summary>The explicit confirmation.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The register version shown when the page was read (empty for the shipped pack).</summary>
    [BindProperty]
    public long? VersionId { get; set; }

    /// <summary>The version label shown when the page was read.</summary>
    [BindProperty]
    public string? PackVersion { get; set; }

    /// <summary>Set after signing, to say so.</summary>
    [BindProperty(SupportsGet = true, Name = "signed")]
    public bool JustSigned { get; set; }

    /// <summary>The signed-in person's scope (their own organisation is where they sign).</summary>
    public GovernanceScope Scope { get; private set; } = null!;

    /// <summary>Their organisation's declaration status.</summary>
    public DeclarationStatus.Result Status { get; private set; } = null!;

    /// <summary>Their own entry; null when the policy does not bind them.</summary>
    public DeclarationStatus.Entry? Entry { get; private set; }

    /// <summary>The clauses to read and sign, from the version in force, in document order.</summary>
    public IReadOnlyList<Clause> ClausesToSign { get; private set; } = [];

    /// <summary>Today, the date the declaration carries.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Errors by field (<c>printedName</c>, <c>department</c>, <c>confirmed</c>, or others for the form as a whole).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Whether the declaration asks for a field.</summary>
    public bool Asks(DeclarationField field) => Status.Rule is { Kind: DeclarationKind.ReadAndSign } rule && rule.Fields.Contains(field);

    /// <summary>A changed clause's differences other than its summary (which the page shows as text), or null when there are none.</summary>
    public static DiffPacks.ClauseChange? BeyondSummary(DiffPacks.ClauseChange? change) =>
        change?.Fields.Where(f => f.Field != "summary").ToList() is { Count: > 0 } fields ? change with { Fields = fields } : null;

    /// <summary>GET /governance/declaration.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Entry?.Person is { } person)
        {
            PrintedName = Entry.LastSigned?.PrintedName ?? $"{person.GivenName} {person.FamilyName}";
            Department = Entry.LastSigned?.Department ?? person.Department;
        }

        return Page();
    }

    /// <summary>POST: signs as the signed-in person; signed → this page saying so; refused → the form with each reason by its field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // The signer is always the signed-in person: nothing posted can name anyone else.
        var request = new SignDeclaration.Request(Scope.Choices[0].Id, Scope.PersonId, Scope.PersonId, VersionId, PackVersion, PrintedName, Department, Confirmed);
        var result = await SignDeclaration.HandleAsync(request, ports, clock, cancellationToken);
        if (result.Declaration is not null)
        {
            return Redirect("/governance/declaration?signed=true");
        }

        Errors = result.Errors;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await GovernanceScope.FindAsync(User, null, ports.Organisations, cancellationToken) is not { } scope)
        {
            return false;
        }

        Scope = scope;
        Today = UkTime.Today(clock);
        Status = await DeclarationStatus.HandleAsync(scope.Choices[0].Id, ports, clock, cancellationToken);
        Entry = Status.Entries.FirstOrDefault(e => e.Person.Id == scope.PersonId);
        if (Status.InForce is { } inForce && Entry is { } entry)
        {
            var wanted = entry.ClausesToAcknowledge.ToHashSet(StringComparer.Ordinal);
            ClausesToSign = [.. inForce.Pack.Clauses.Where(c => wanted.Contains(c.Id))];
        }

        return true;
    }
}
