using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: a member of staff reports a concern. The case is recorded under the pack in force at
/// the school (its id and version kept with it), with the people involved linked by register id and
/// the reporter as a party; the pack's routing for the case type, read against the staff present
/// today, decides who is told. Each recipient gets a notification that carries no personal data,
/// each role told is recorded on the case, and the creation goes into the audit log. A report that
/// cannot be accepted is refused with reasons keyed by field, and nothing is written.
/// </summary>
public static class ReportConcern
{
    private const int MaxSummary = 4000;
    private const int MaxLocation = 2000;
    private const int MaxDescription = 200;

    /// <summary>Someone involved in the case: a person from the register, or a description of someone outside it.</summary>
    /// <param name="PersonId">The person in the school's register, or null.</param>
    /// <param name="Description">For someone outside the register: a name, handle or description.</param>
    /// <param name="Kind">Pupil, staff, parent, public or unknown.</param>
    /// <param name="Role">Subject, alleged perpetrator or witness (the reporter is added by Lanyard).</param>
    public sealed record PartyInput(long? PersonId, string? Description, PartyKind Kind, PartyRole Role);

    /// <summary>What the reporter says.</summary>
    /// <param name="Reporter">The signed-in member of staff.</param>
    /// <param name="OrganisationId">The school the concern is about.</param>
    /// <param name="Type">What kind of case it is.</param>
    /// <param name="Summary">What happened, in their words.</param>
    /// <param name="Location">Where (URL or platform), if known.</param>
    /// <param name="HappenedAt">When, if known.</param>
    /// <param name="Parties">The people involved.</param>
    /// <param name="Flags">Flags the reporter raises (<see cref="CaseFlags.All"/>), e.g. <c>threat-of-violence</c>.</param>
    /// <param name="Source">Where the report was raised from, if not the report form.</param>
    public sealed record Request(CaseActor Reporter, long OrganisationId, CaseType Type, string? Summary, string? Location, DateTimeOffset? HappenedAt,
        IReadOnlyList<PartyInput> Parties, IReadOnlyList<string> Flags, CaseSource? Source);

    /// <summary>The case recorded and who was told, or why the report was refused.</summary>
    /// <param name="CaseId">The new case's id; null when refused.</param>
    /// <param name="Recipients">Who was notified.</param>
    /// <param name="RoutingReasons">Why the recipients are who they are (absences, defaults, fallbacks).</param>
    /// <param name="AllowedSteps">The steps the procedure allows on the new case.</param>
    /// <param name="Errors">Field → message; empty when recorded.</param>
    public sealed record Result(long? CaseId, IReadOnlyList<RoutedRecipient> Recipients, IReadOnlyList<string> RoutingReasons, IReadOnlyList<CaseStep> AllowedSteps, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the case was recorded.</summary>
        public bool Succeeded => CaseId is not null;
    }

    /// <summary>Validates, records, routes and notifies.</summary>
    public static async Task<Result> HandleAsync(Request request, IOrganisationRegister organisations, IPeopleRegister people, ICaseStore cases,
        INotificationOutbox outbox, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var context = await SchoolInContext.FindAsync(request.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        var pack = CheckSchool(request, context, errors);
        CheckReport(request, now, errors);
        var parties = await CheckPartiesAsync(request, people, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0 || pack is null || context is null)
        {
            return new Result(null, [], [], [], errors);
        }

        var school = context.School;
        var staff = await people.ListAsync(school.Id, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
        // Absences are recorded by the UK day: at 00:30 BST it is already the new day's absences that count.
        var today = Time.UkTime.DateOf(now);
        var absences = await people.AbsencesOnAsync(school.Id, today, cancellationToken).ConfigureAwait(false);
        var routing = CaseRouting.Resolve(pack, request.Type, staff, absences, today);
        var record = new CaseRecord
        {
            OrganisationId = school.Id,
            Type = request.Type,
            Summary = request.Summary!.Trim(),
            Location = string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            HappenedAt = request.HappenedAt,
            ReportedAt = now,
            ReportedByUserId = request.Reporter.UserId,
            ReportedByPersonId = request.Reporter.PersonId,
            PackId = pack.Id,
            PackVersion = pack.Version,
            Urgency = routing.Urgency,
            Source = request.Source,
        };
        var reporter = new CaseParty { PersonId = request.Reporter.PersonId, Kind = PartyKind.Staff, Role = PartyRole.Reporter };
        var caseId = await cases.AddCaseAsync(record, [reporter, .. parties], cancellationToken).ConfigureAwait(false);

        if (request.Flags.Count > 0)
        {
            // The flags the reporter raised are the case's first entry, so the procedure reads them
            // like any later flag and a correction can point at them.
            await AppendAsync(cases, Entry(caseId, request.Reporter, now, CaseStep.AddNote, [],
                new Dictionary<string, string>(StringComparer.Ordinal) { [CaseDetails.Flags] = string.Join(",", request.Flags.Distinct()) }), cancellationToken).ConfigureAwait(false);
        }

        var subject = $"{(routing.Urgency == Policies.Parameters.Urgency.Immediate ? "Urgent: a" : "A")} new {CaseTypeText.Noun(request.Type)} (case {caseId}) needs you";
        foreach (var recipient in routing.Recipients)
        {
            await outbox.EnqueueAsync(new Notification
            {
                OrganisationId = school.Id,
                RecipientPersonId = recipient.Person.Id,
                Subject = subject,
                Body = $"Case {caseId} was reported in Lanyard and the school's policy sends it to you. Open it to see what is needed.",
                Link = $"/cases/{caseId}",
                CreatedAt = now,
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var told in routing.Recipients.GroupBy(r => r.Role))
        {
            var clause = told.First().Clause;
            await AppendAsync(cases, Entry(caseId, request.Reporter, now, CaseStep.RecordNotified, clause is null ? [] : [clause],
                CaseRouting.NotifiedDetails(told.Key, told, routing.FallbackApplied)), cancellationToken).ConfigureAwait(false);
        }

        await audit.AppendAsync(new AuditEvent(now, request.Reporter.UserId, request.Reporter.UserId.ToString(CultureInfo.InvariantCulture), AuditAction.Create,
            "case", caseId, school.Id, $"report {WorkflowText.Kebab(request.Type)}"), cancellationToken).ConfigureAwait(false);
        var file = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        var allowed = file is null ? [] : CaseProcedures.For(pack, request.Type).AllowedNow(file);
        return new Result(caseId, routing.Recipients, routing.Reasons, allowed, errors);
    }

    private static CaseEntry Entry(long caseId, CaseActor by, DateTimeOffset at, CaseStep step, IReadOnlyList<string> clauses, IReadOnlyDictionary<string, string> details) => new()
    {
        CaseId = caseId,
        Step = step,
        From = CaseStage.Reported,
        To = CaseStage.Reported,
        At = at,
        ByUserId = by.UserId,
        ByName = by.Name,
        Details = details,
        Clauses = clauses,
    };

    private static Task<long> AppendAsync(ICaseStore cases, CaseEntry entry, CancellationToken cancellationToken) => cases.AppendEntryAsync(entry, cancellationToken);

    private static PolicyPack? CheckSchool(Request request, SchoolInContext? context, Dictionary<string, string> errors)
    {
        if (context is null)
        {
            errors[nameof(Request.OrganisationId)] = "Choose the school the concern is about.";
            return null;
        }

        if (context.School.Level != OrganisationLevel.School)
        {
            errors[nameof(Request.OrganisationId)] = "Report the concern at the school it concerns: a case belongs to one school, not to its trust or federation.";
            return null;
        }

        if (request.Reporter.OrganisationId != context.School.Id && request.Reporter.OrganisationId != context.School.ParentId)
        {
            errors[nameof(Request.Reporter)] = "You can report concerns only at your own school, or a school of your trust or federation.";
        }

        if (context.Pack is null)
        {
            errors[nameof(Request.OrganisationId)] = "No policy is in force at this school, so no procedure can run; attach a policy pack first.";
        }

        return context.Pack;
    }

    private static void CheckReport(Request request, DateTimeOffset now, Dictionary<string, string> errors)
    {
        if (!Enum.IsDefined(request.Type))
        {
            errors[nameof(Request.Type)] = "Choose what kind of concern this is.";
        }

        if (string.IsNullOrWhiteSpace(request.Summary))
        {
            errors[nameof(Request.Summary)] = "Say what happened.";
        }
        else if (request.Summary.Trim().Length > MaxSummary)
        {
            errors[nameof(Request.Summary)] = $"Keep the summary to {MaxSummary} characters; add more as notes on the case.";
        }

        if (request.Location?.Trim().Length > MaxLocation)
        {
            errors[nameof(Request.Location)] = $"The location must be {MaxLocation} characters or fewer.";
        }

        if (request.HappenedAt > now.AddMinutes(5))
        {
            errors[nameof(Request.HappenedAt)] = "When it happened cannot be in the future.";
        }

        var unknown = request.Flags.Where(f => !CaseFlags.All.Contains(f, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors[nameof(Request.Flags)] = $"Unknown flag {string.Join(", ", unknown.Select(f => $"'{f}'"))}; allowed: {string.Join(", ", CaseFlags.All)}.";
        }
    }

    private static async Task<List<CaseParty>> CheckPartiesAsync(Request request, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var parties = new List<CaseParty>();
        for (var i = 0; i < request.Parties.Count; i++)
        {
            var input = request.Parties[i];
            var key = $"{nameof(Request.Parties)}[{i}]";
            if (input.Role == PartyRole.Reporter)
            {
                errors[key] = "The reporter is added to the case automatically; choose subject, alleged perpetrator or witness.";
                continue;
            }

            if (input.PersonId is { } personId)
            {
                var person = await people.GetAsync(personId, cancellationToken).ConfigureAwait(false);
                if (person is null || person.OrganisationId != request.OrganisationId)
                {
                    errors[key] = "Choose a person of this school's register, or describe someone outside it.";
                    continue;
                }

                if (KindOf(person.Kind) != input.Kind)
                {
                    errors[key] = $"This person is in the register as {WorkflowText.Kebab(KindOf(person.Kind))}, not {WorkflowText.Kebab(input.Kind)}.";
                    continue;
                }

                parties.Add(new CaseParty { PersonId = personId, Kind = input.Kind, Role = input.Role });
            }
            else if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Trim().Length > MaxDescription)
            {
                errors[key] = $"Describe someone outside the register (a name, handle or description, at most {MaxDescription} characters).";
            }
            else
            {
                parties.Add(new CaseParty { Description = input.Description.Trim(), Kind = input.Kind, Role = input.Role });
            }
        }

        return parties;
    }

    private static PartyKind KindOf(PersonKind kind) => kind switch
    {
        PersonKind.Pupil => PartyKind.Pupil,
        PersonKind.Parent => PartyKind.Parent,
        _ => PartyKind.Staff,
    };
}
