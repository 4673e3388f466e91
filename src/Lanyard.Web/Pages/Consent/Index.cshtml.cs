using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Lanyard.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Consent;

/// <summary>
/// The consent register for one school year, read the way the school's pack reads it
/// (<see cref="ConsentOverview"/>): one row per pupil on roll that year, photographs and name per channel.
/// </summary>
internal sealed class IndexModel(IOrganisationRegister organisations, IPeopleRegister people, IConsentRegister consent, TimeProvider clock) : PageModel
{
    /// <summary>How many years before the current one the picker offers; older ones can still be asked for by address.</summary>
    public const int YearsBack = 4;

    /// <summary>The school shown and the schools the reader may choose among.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The school with its pack.</summary>
    public SchoolInContext School { get; private set; } = null!;

    /// <summary>The register for the year.</summary>
    public ConsentOverview.Result Register { get; private set; } = null!;

    /// <summary>The school year today is in, by the school's year start.</summary>
    public SchoolYear CurrentYear { get; private set; }

    /// <summary>The years the picker offers, latest first.</summary>
    public IReadOnlyList<SchoolYear> Years { get; private set; } = [];

    /// <summary>The pupil whose consent was just recorded, to name in a notice.</summary>
    public ConsentOverview.Line? Recorded { get; private set; }

    /// <summary>True when the form was saved but nothing had changed.</summary>
    public bool Unchanged { get; private set; }

    /// <summary>True when the address asked for a year that is not a school year (the current one is shown).</summary>
    public bool YearNotUnderstood { get; private set; }

    /// <summary>Per channel: how many pupils may appear in photographs, and how many may be named.</summary>
    public IReadOnlyList<(ConsentChannel Channel, int Photo, int Name)> Summary { get; private set; } = [];

    /// <summary>GET /consent?year=2025-26&amp;school=: 404 when the school asked for is not the reader's.</summary>
    public async Task<IActionResult> OnGetAsync(string? year, long? school, long? recorded, bool unchanged, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, school, organisations, cancellationToken) is not { } scope
            || await SchoolInContext.FindAsync(scope.School.Id, organisations, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        Scope = scope;
        School = context;
        CurrentYear = context.SchoolYearOn(UkTime.Today(clock));
        var chosen = ConsentDisplay.ReadYear(year);
        YearNotUnderstood = !string.IsNullOrWhiteSpace(year) && chosen is null;
        var shown = chosen ?? CurrentYear;
        Years = [.. Enumerable.Range(CurrentYear.StartYear - YearsBack, YearsBack + 2).Append(shown.StartYear).Distinct().OrderDescending().Select(y => new SchoolYear(y))];
        Register = await ConsentOverview.HandleAsync(context, shown, people, consent, cancellationToken);
        Summary = [.. Enum.GetValues<ConsentChannel>().Select(c => (c, Register.Lines.Count(l => l.Photo[c].Allowed), Register.Lines.Count(l => l.Name[c].Allowed)))];
        Recorded = recorded is { } id ? Register.Lines.FirstOrDefault(l => l.Pupil.Id == id) : null;
        Unchanged = unchanged;
        return Page();
    }
}
