using Lanyard.Core.Connections;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Connections;

/// <summary>
/// "May I …?": a member of staff asks about their own connection with someone, chosen from the
/// school's register or described, and gets the pack's answer with every reason. The question is
/// always about the signed-in member of staff; nobody asks here on someone else's behalf.
/// </summary>
internal sealed class IndexModel(IOrganisationRegister organisations, IPeopleRegister people, IConnectionLog log, TimeProvider clock) : PageModel
{
    /// <summary>The value of <see cref="CheckForm.Who"/> for someone not in the register.</summary>
    public const string Outsider = "outsider";

    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The name searched for in the register.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The question.</summary>
    [BindProperty]
    public CheckForm Input { get; set; } = new();

    /// <summary>The school and the schools the user may choose among.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The people in the register matching <see cref="Query"/>.</summary>
    public IReadOnlyList<RegisterSearch.Match> Matches { get; private set; } = [];

    /// <summary>The recorded answer, after a question was decided.</summary>
    public DecideConnection.Result? Answer { get; private set; }

    /// <summary>GET /connections: the form, with register matches when a name was searched.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // One match is almost certainly the person meant; choosing them saves a click.
        if (Matches.Count == 1 && Input.Who is null)
        {
            Input.Who = Matches[0].PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    /// <summary>POST /connections: decides and records the question, or shows why it cannot be answered by its field.</summary>
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

        long? otherId = null;
        DecideConnection.Outsider? outsider = null;
        if (Input.Who == Outsider)
        {
            outsider = new DecideConnection.Outsider(Input.OutsiderName, Input.OutsiderDateOfBirth);
        }
        else if (long.TryParse(Input.Who, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            otherId = id;
        }

        var request = new DecideConnection.Request(
            Scope.School.Id,
            User.Identity?.Name,
            Scope.PersonId,
            otherId,
            outsider,
            // "Any contact" is not a question a member of staff asks; the use case says so in words.
            Input.Action ?? ConnectionAction.AnyContact,
            Input.Platform);
        var result = await DecideConnection.HandleAsync(request, organisations, people, log, clock, cancellationToken);
        if (result.Succeeded)
        {
            Answer = result;
            return Page();
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(FormField(field), message);
        }

        return Page();
    }

    /// <summary>The form field a use case's error key belongs beside; "" for the request as a whole.</summary>
    public static string FormField(string key) => key switch
    {
        nameof(DecideConnection.Request.OtherPersonId) => $"{nameof(Input)}.{nameof(CheckForm.Who)}",
        nameof(DecideConnection.Request.Outsider) => $"{nameof(Input)}.{nameof(CheckForm.OutsiderName)}",
        nameof(DecideConnection.Request.Action) => $"{nameof(Input)}.{nameof(CheckForm.Action)}",
        nameof(DecideConnection.Request.Platform) => $"{nameof(Input)}.{nameof(CheckForm.Platform)}",
        _ => string.Empty,
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope)
        {
            return false;
        }

        Scope = scope;
        long? chosen = long.TryParse(Input.Who, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
        Matches = await RegisterSearch.FindAsync(scope.School, Query, scope.PersonId, chosen, Today(), people, cancellationToken);
        return true;
    }

    // The check counts the UK day (DecideConnection.Today); "former pupil" here must agree with it.
    private DateOnly Today() => UkTime.Today(clock);

    /// <summary>The question's fields.</summary>
    public sealed class CheckForm
    {
        /// <summary>A register id, or <see cref="Outsider"/>.</summary>
        public string? Who { get; set; }

        /// <summary>The name of someone not in the register.</summary>
        public string? OutsiderName { get; set; }

        /// <summary>Their date of birth, if known.</summary>
        public DateOnly? OutsiderDateOfBirth { get; set; }

        /// <summary>What the member of staff wants to do.</summary>
        public ConnectionAction? Action { get; set; }

        /// <summary>Where.</summary>
        public string? Platform { get; set; }
    }
}
