using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.People;

/// <summary>
/// One person's record, with the forms that change it: a tie with staff, an absence (staff), the
/// never-publish flag (pupils). A person of a school the reader does not act for is 404, exactly as
/// an id that does not exist.
/// </summary>
internal sealed class PersonModel(IOrganisationRegister organisations, IPeopleRegister people, Lanyard.Core.Audit.IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>What a successful post says when the page comes back, by the <c>recorded</c> query value.</summary>
    public static readonly IReadOnlyDictionary<string, string> Notices = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["staff"] = "The member of staff was added.",
        ["tie"] = "The tie was recorded. The connection check reads it from now on.",
        ["absence"] = "The absence was recorded.",
        ["never-publish-on"] = "Never publish is set: the post check blocks this pupil's name and image whatever consent says.",
        ["never-publish-off"] = "Never publish is cleared: consent decides again.",
        ["unchanged"] = "Nothing changed.",
    };

    /// <summary>The person's school and the reader's schools.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The record.</summary>
    public PersonDetails.Result Details { get; private set; } = null!;

    /// <summary>Today, for ages and dates.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The notice after a successful post, if any.</summary>
    public string? Notice { get; private set; }

    /// <summary>The tie form as entered (after a refused post) or blank.</summary>
    public TieForm Tie { get; private set; } = new();

    /// <summary>The absence form as entered (after a refused post) or blank.</summary>
    public AbsenceForm Absence { get; private set; } = new();

    /// <summary>Which form the errors in the model state belong to, so only that form shows them.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>GET /people/{id}.</summary>
    public async Task<IActionResult> OnGetAsync(long id, string? recorded, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Notice = recorded is not null && Notices.TryGetValue(recorded, out var notice) ? notice : null;
        return Page();
    }

    /// <summary>POST /people/{id}?handler=Tie: record a tie between this person and another.</summary>
    public async Task<IActionResult> OnPostTieAsync(long id, TieForm tie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tie);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Tie = tie;
        var person = Details.Person;
        var isStaff = person.Kind == PersonKind.Staff;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!FormDates.TryRead(tie.BeganOn, out var beganOn))
        {
            errors[nameof(TieForm.BeganOn)] = "Enter the date the tie began as a date, for example 14/03/2019.";
        }

        if (tie.Kind is null)
        {
            errors[nameof(TieForm.Kind)] = "Choose what the tie is.";
        }

        var otherId = isStaff ? tie.PersonId : id;
        var staffId = isStaff ? id : tie.PersonId;
        if (tie.PersonId is null)
        {
            errors[nameof(TieForm.PersonId)] = isStaff ? "Choose the pupil or parent." : "Choose the member of staff.";
        }

        if (errors.Count == 0)
        {
            var result = await RecordRelationship.HandleAsync(
                new RecordRelationship.Request(Scope.School.Id, staffId!.Value, otherId!.Value, tie.Kind!.Value, beganOn, tie.Note), people, clock, cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"/people/{id}?recorded=tie#ties");
            }

            foreach (var (field, message) in result.Errors)
            {
                // The core names the two people; the form has one choice, the other person being this page's.
                var formField = field switch
                {
                    nameof(RecordRelationship.Request.StaffId) or nameof(RecordRelationship.Request.OtherId) => nameof(TieForm.PersonId),
                    nameof(RecordRelationship.Request.BeganOn) => nameof(TieForm.BeganOn),
                    nameof(RecordRelationship.Request.Note) => nameof(TieForm.Note),
                    _ => nameof(TieForm.Kind),
                };
                errors.TryAdd(formField, message);
            }
        }

        return Refused("Tie", errors);
    }

    /// <summary>POST /people/{id}?handler=Absence: record days a member of staff is away.</summary>
    public async Task<IActionResult> OnPostAbsenceAsync(long id, AbsenceForm absence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(absence);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Absence = absence;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!FormDates.TryRead(absence.FirstDay, out var first))
        {
            errors[nameof(AbsenceForm.FirstDay)] = "Enter the first day as a date, for example 14/03/2026.";
        }

        if (!FormDates.TryRead(absence.LastDay, out var last))
        {
            errors[nameof(AbsenceForm.LastDay)] = "Enter the last day as a date, for example 14/03/2026.";
        }

        if (errors.Count == 0)
        {
            var result = await RecordAbsence.HandleAsync(new RecordAbsence.Request(Scope.School.Id, id, first, last ?? first), people, cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"/people/{id}?recorded=absence#absences");
            }

            foreach (var (field, message) in result.Errors)
            {
                errors.TryAdd(field == nameof(RecordAbsence.Request.LastDay) ? nameof(AbsenceForm.LastDay) : nameof(AbsenceForm.FirstDay), message);
            }
        }

        return Refused("Absence", errors);
    }

    /// <summary>POST /people/{id}?handler=NeverPublish: set or clear a pupil's never-publish flag.</summary>
    public async Task<IActionResult> OnPostNeverPublishAsync(long id, bool neverPublish, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await SetNeverPublish.HandleAsync(new SetNeverPublish.Request(Scope.School.Id, id, neverPublish), people, cancellationToken);
        if (!result.Succeeded)
        {
            return Refused("NeverPublish", new Dictionary<string, string>(StringComparer.Ordinal) { ["NeverPublish"] = string.Join(" ", result.Errors.Values) });
        }

        var notice = !result.Changed ? "unchanged" : neverPublish ? "never-publish-on" : "never-publish-off";
        return Redirect($"/people/{id}?recorded={notice}#publishing");
    }

    private PageResult Refused(string form, Dictionary<string, string> errors)
    {
        FailedForm = form;
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{form}.{field}", message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, null, organisations, cancellationToken) is not { } home)
        {
            return false;
        }

        var details = await PersonDetails.HandleAsync(new PersonDetails.Request(id, home.SchoolIds, Users.AuditActors.From(User)), people, audit, clock, cancellationToken);
        if (details is null)
        {
            return false;
        }

        // The person's own school, which PersonDetails has just confirmed is in scope.
        Scope = await SchoolScope.FindAsync(User, details.Person.OrganisationId, organisations, cancellationToken) ?? home;
        Details = details;
        Today = UkTime.Today(clock);
        return true;
    }

    /// <summary>The tie form: the other person (a pupil or parent from a staff page; a member of staff from a pupil's or parent's), the kind, when it began, a note.</summary>
    public sealed class TieForm
    {
        /// <summary>The person at the other end of the tie.</summary>
        public long? PersonId { get; set; }

        /// <summary>What the tie is.</summary>
        public RelationshipKind? Kind { get; set; }

        /// <summary>When it began, as typed.</summary>
        public string? BeganOn { get; set; }

        /// <summary>Free text.</summary>
        public string? Note { get; set; }
    }

    /// <summary>The absence form.</summary>
    public sealed class AbsenceForm
    {
        /// <summary>First day away, as typed.</summary>
        public string? FirstDay { get; set; }

        /// <summary>Last day away, as typed; blank for a single day.</summary>
        public string? LastDay { get; set; }
    }
}
