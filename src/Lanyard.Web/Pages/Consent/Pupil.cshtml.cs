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
/// One pupil's consent for a school year: what is recorded, how the pack reads it, and the form that
/// records the parents' answers (<see cref="RecordPupilConsent"/>). A pupil of another school is 404.
/// </summary>
internal sealed class PupilModel(IOrganisationRegister organisations, IPeopleRegister people, Lanyard.Core.Audit.IAuditLog audit, IConsentRegister consent, TimeProvider clock) : PageModel
{
    /// <summary>The pupil's school and the reader's schools.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The pupil.</summary>
    public Person Pupil { get; private set; } = null!;

    /// <summary>The school year.</summary>
    public SchoolYear Year { get; private set; }

    /// <summary>The pupil's line in the register for the year, or null when they were not on roll then.</summary>
    public ConsentOverview.Line? Line { get; private set; }

    /// <summary>The pack's consent model and how it was applied.</summary>
    public ConsentOverview.Result Register { get; private set; } = null!;

    /// <summary>What is recorded, by channel.</summary>
    public IReadOnlyDictionary<ConsentChannel, ConsentEntry> Entries { get; private set; } = new Dictionary<ConsentChannel, ConsentEntry>();

    /// <summary>Today, the latest date an answer can have been given.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The form as entered, or as recorded.</summary>
    [BindProperty]
    public ConsentForm Input { get; set; } = new();

    /// <summary>GET /consent/{pupilId}?year=2025-26.</summary>
    public async Task<IActionResult> OnGetAsync(long pupilId, string? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(pupilId, year, cancellationToken))
        {
            return NotFound();
        }

        Input = new ConsentForm
        {
            NeverPublish = Pupil.NeverPublish,
            Photo = Enum.GetValues<ConsentChannel>().ToDictionary(c => c, c => Entries.TryGetValue(c, out var e) ? e.Photo?.ToString() : null),
            Name = Enum.GetValues<ConsentChannel>().ToDictionary(c => c, c => Entries.TryGetValue(c, out var e) ? e.Name?.ToString() : null),
        };
        return Page();
    }

    /// <summary>POST /consent/{pupilId}?year=: record the changed answers, then back to the register.</summary>
    public async Task<IActionResult> OnPostAsync(long pupilId, string? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(pupilId, year, cancellationToken))
        {
            return NotFound();
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!FormDates.TryRead(Input.GivenOn, out var givenOn))
        {
            errors[nameof(ConsentForm.GivenOn)] = "Enter the date the answer was given as a date, for example 14/09/2025.";
        }

        var answers = new Dictionary<ConsentChannel, RecordPupilConsent.Answer>();
        foreach (var channel in Enum.GetValues<ConsentChannel>())
        {
            if (!TryChoice(Input.Photo.GetValueOrDefault(channel), out var photo) || !TryChoice(Input.Name.GetValueOrDefault(channel), out var name))
            {
                errors["Answers"] = $"Choose given, refused or no answer for {ConsentDisplay.Channel(channel).ToLowerInvariant()}.";
                continue;
            }

            answers[channel] = new RecordPupilConsent.Answer(photo, name);
        }

        if (errors.Count == 0)
        {
            var result = await RecordPupilConsent.HandleAsync(
                new RecordPupilConsent.Request(Scope.School.Id, Pupil.Id, Year, answers, Input.GivenBy, givenOn, Input.NeverPublish), people, consent, clock, cancellationToken);
            if (result.Succeeded)
            {
                var school = Scope.QueryValue is { } s ? $"&school={s}" : string.Empty;
                var unchanged = result.NothingChanged ? "&unchanged=true" : string.Empty;
                return Redirect($"/consent?year={ConsentDisplay.YearQuery(Year)}{school}&recorded={Pupil.Id}{unchanged}#pupil-{Pupil.Id}");
            }

            foreach (var (field, message) in result.Errors)
            {
                errors.TryAdd(field is nameof(ConsentForm.GivenBy) or nameof(ConsentForm.GivenOn) ? field : "Answers", message);
            }
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        return Page();
    }

    private static bool TryChoice(string? text, out ConsentChoice? choice)
    {
        choice = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (Enum.TryParse<ConsentChoice>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            choice = parsed;
            return true;
        }

        return false;
    }

    private async Task<bool> LoadAsync(long pupilId, string? year, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, null, organisations, cancellationToken) is not { } home)
        {
            return false;
        }

        var details = await PersonDetails.HandleAsync(new PersonDetails.Request(pupilId, home.SchoolIds, Users.AuditActors.From(User)), people, audit, clock, cancellationToken);
        if (details is not { Person.Kind: PersonKind.Pupil } || await SchoolInContext.FindAsync(details.Person.OrganisationId, organisations, cancellationToken) is not { } context)
        {
            return false;
        }

        Scope = home with { InContext = context };
        Pupil = details.Person;
        Today = UkTime.Today(clock);
        Year = ConsentDisplay.ReadYear(year) ?? context.SchoolYearOn(Today);
        Register = await ConsentOverview.HandleAsync(context, Year, people, consent, cancellationToken);
        Line = Register.Lines.FirstOrDefault(l => l.Pupil.Id == pupilId);
        Entries = (await consent.ListAsync(context.School.Id, Year, cancellationToken)).Where(e => e.PupilId == pupilId).ToDictionary(e => e.Channel);
        return true;
    }

    /// <summary>The consent form: an answer for photographs and for the name on each channel, who answered and when, never publish.</summary>
    public sealed class ConsentForm
    {
        /// <summary>Photographs, by channel: "Given", "Refused", or empty for no answer.</summary>
        public Dictionary<ConsentChannel, string?> Photo { get; set; } = [];

        /// <summary>Name, by channel: "Given", "Refused", or empty for no answer.</summary>
        public Dictionary<ConsentChannel, string?> Name { get; set; } = [];

        /// <summary>Who answered.</summary>
        public string? GivenBy { get; set; }

        /// <summary>When they answered, as typed.</summary>
        public string? GivenOn { get; set; }

        /// <summary>Never publish the pupil.</summary>
        public bool NeverPublish { get; set; }
    }
}
