using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// Everything the register and the log hold about one member of staff and one other person, read
/// once and turned into what <see cref="CheckConnection"/> reads: the subject (from roll, leaving
/// date and parent links), the ties, the exceptions and the advice. The use cases that grant or
/// advise ask it "what if this were recorded too?" before they write anything.
/// </summary>
internal sealed record ConnectionFacts
{
    public required SchoolInContext School { get; init; }

    public required PolicyPack Pack { get; init; }

    public required Person Staff { get; init; }

    /// <summary>The other person from the register; null for a described outsider.</summary>
    public Person? Other { get; init; }

    public required string OtherName { get; init; }

    public DateOnly? OtherDateOfBirth { get; init; }

    public required ConnectionSubject Subject { get; init; }

    /// <summary>Family and friendship as recorded; advice and assessments are added per decision.</summary>
    public required StaffRelationships Ties { get; init; }

    public IReadOnlyList<ConnectionExceptionRecord> Exceptions { get; init; } = [];

    public IReadOnlyList<ConnectionAdviceRecord> Advice { get; init; } = [];

    public required DateOnly Today { get; init; }

    public string SchoolName => School.School.Name;

    /// <summary>
    /// Reads and validates the school, the staff member and the other person (from the register,
    /// or as described). Errors are keyed by the request field they are about; nothing is written.
    /// </summary>
    public static async Task<(ConnectionFacts? Facts, Dictionary<string, string> Errors)> LoadAsync(
        long organisationId, long staffId, long? otherPersonId, DecideConnection.Outsider? outsider, DateOnly today, ConnectionPorts ports, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var school = await SchoolInContext.FindAsync(organisationId, ports.Organisations, cancellationToken).ConfigureAwait(false);
        if (school is null || school.School.Level != OrganisationLevel.School)
        {
            errors["OrganisationId"] = school is null
                ? $"No school with id {organisationId} is in the register."
                : $"{school.School.Name} is a {school.School.Level.ToString().ToLowerInvariant()}: connection questions are asked at a school, under the pack in force there.";
            return (null, errors);
        }

        if (school.Pack is not { } pack)
        {
            errors["OrganisationId"] = $"No policy pack is in force at {school.School.Name}: attach one to the school or its trust before checking connections.";
            return (null, errors);
        }

        var staff = await ports.People.GetAsync(staffId, cancellationToken).ConfigureAwait(false);
        if (staff is null || !ConnectionPorts.BelongsTo(staff, school))
        {
            errors["StaffId"] = $"Choose a member of staff of {school.School.Name}.";
        }
        else if (staff.Kind != PersonKind.Staff)
        {
            errors["StaffId"] = $"{staff.DisplayName} is recorded as a {staff.Kind.ToString().ToLowerInvariant()}, not a member of staff: the check is about what a member of staff may do.";
        }

        Person? other = null;
        if (otherPersonId is not null && outsider is not null)
        {
            errors["Outsider"] = "Choose the other person from the register or describe someone who is not in it, not both.";
        }
        else if (otherPersonId is { } id)
        {
            other = await ports.People.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (other is null || !ConnectionPorts.BelongsTo(other, school))
            {
                errors["OtherPersonId"] = $"Choose a person of {school.School.Name}.";
                other = null;
            }
            else if (other.Id == staffId)
            {
                errors["OtherPersonId"] = "Choose someone other than the member of staff.";
            }
            else if (other.DateOfBirth is { } born && born > today)
            {
                errors["OtherPersonId"] = $"The register gives {other.DisplayName} a date of birth after today ({Date(born)}): correct it first.";
            }
        }
        else if (outsider is null)
        {
            errors["OtherPersonId"] = "Choose the other person from the register, or describe them if they are not in it.";
        }
        else
        {
            await CheckOutsiderAsync(outsider, school, today, ports, errors, cancellationToken).ConfigureAwait(false);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var facts = other is null
            ? Outsider(school, pack, staff!, outsider!, today)
            : await FromRegisterAsync(school, pack, staff!, other, today, ports, errors, cancellationToken).ConfigureAwait(false);
        return (facts, errors);
    }

    /// <summary>
    /// Decides the question on these facts. Of several exceptions in force, the one that lifts
    /// something counts (a head teacher's where only the head teacher may authorise, say); with none
    /// in force the latest expired one is still passed, so the answer says it has expired.
    /// </summary>
    public (ConnectionVerdict Verdict, ConnectionExceptionRecord? Applied) Decide(ConnectionAction action, string platform)
    {
        var relationships = Ties with
        {
            Advice = Latest(ConnectionAdviceKind.Advice)?.ToAdvice(),
            ConflictOfInterest = Latest(ConnectionAdviceKind.ConflictOfInterestAssessment)?.ToAssessment(),
        };
        ConnectionVerdict Ask(ConnectionExceptionRecord? exception) => CheckConnection.Handle(Pack, new ConnectionRequest
        {
            Action = action,
            Platform = platform,
            Subject = Subject,
            Relationships = relationships,
            Exception = exception?.ToGrant(),
            StaffRole = ConnectionRoles.ForBinding(Staff, Pack),
            Today = Today,
        });

        var inForce = Exceptions.Where(e => e.IsInForceOn(Today)).OrderByDescending(e => e.Until).ThenByDescending(Newness).ToList();
        foreach (var exception in inForce)
        {
            var verdict = Ask(exception);
            if (verdict.AppliedException is not null)
            {
                return (verdict, exception);
            }
        }

        var shown = inForce.FirstOrDefault() ?? Exceptions.Where(e => e.Until < Today).OrderByDescending(e => e.Until).ThenByDescending(Newness).FirstOrDefault();
        return (Ask(shown), null);
    }

    /// <summary>Not yet recorded (id 0) counts as newest: it is the one being proposed.</summary>
    private static long Newness(ConnectionExceptionRecord record) => record.Id == 0 ? long.MaxValue : record.Id;

    private ConnectionAdviceRecord? Latest(ConnectionAdviceKind kind) =>
        Advice.Where(a => a.Kind == kind && a.GivenOn <= Today)
            .OrderBy(a => a.GivenOn).ThenBy(a => a.Id == 0 ? long.MaxValue : a.Id)
            .LastOrDefault();

    private static ConnectionFacts Outsider(SchoolInContext school, PolicyPack pack, Person staff, DecideConnection.Outsider outsider, DateOnly today) => new()
    {
        School = school,
        Pack = pack,
        Staff = staff,
        OtherName = outsider.Name!.Trim(),
        OtherDateOfBirth = outsider.DateOfBirth,
        Subject = ConnectionSubject.OtherPerson(outsider.Name),
        Ties = StaffRelationships.None,
        Today = today,
    };

    /// <summary>
    /// A described outsider is accepted only if they are not a pupil of the school under another
    /// guise: a name and date of birth that match a pupil on the register would otherwise escape
    /// the pupil rules simply by being typed in rather than chosen.
    /// </summary>
    private static async Task CheckOutsiderAsync(DecideConnection.Outsider outsider, SchoolInContext school, DateOnly today, ConnectionPorts ports, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var name = outsider.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["Outsider"] = "Give the person's name.";
            return;
        }

        if (name.Length > 200)
        {
            errors["Outsider"] = "The name must be 200 characters or fewer.";
            return;
        }

        if (outsider.DateOfBirth is { } born && born > today)
        {
            errors["Outsider"] = $"The date of birth ({Date(born)}) is after today.";
            return;
        }

        if (outsider.DateOfBirth is null)
        {
            return;
        }

        var pupils = await ports.People.ListAsync(school.School.Id, PersonKind.Pupil, cancellationToken).ConfigureAwait(false);
        var match = pupils.FirstOrDefault(p => p.DateOfBirth == outsider.DateOfBirth
            && (string.Equals(p.DisplayName, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals($"{p.GivenName} {p.FamilyName}", name, StringComparison.OrdinalIgnoreCase)));
        if (match is not null)
        {
            var status = match.LeavingDate is { } left && left < today ? "a former pupil" : "a pupil";
            errors["Outsider"] = $"{match.DisplayName}, born on {Date(match.DateOfBirth!.Value)}, is on the register as {status} of {school.School.Name}: choose them from the register so the rules on pupils apply.";
        }
    }

    private static async Task<ConnectionFacts?> FromRegisterAsync(
        SchoolInContext school, PolicyPack pack, Person staff, Person other, DateOnly today, ConnectionPorts ports, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var ties = (await ports.People.RelationshipsAsync(staff.Id, cancellationToken).ConfigureAwait(false)).ToList();
        var children = new List<Person>();
        ConnectionSubject subject;
        switch (other.Kind)
        {
            case PersonKind.Pupil:
                // The register's leaving date is the last day on roll (Person.IsOnRoll), so a pupil
                // leaving today is still a current pupil; a leaving date still to come changes nothing yet.
                subject = other.LeavingDate is { } left && left < today
                    ? ConnectionSubject.FormerPupil(other.DateOfBirth, left, other.DisplayName)
                    : ConnectionSubject.CurrentPupil(other.DateOfBirth, other.DisplayName);
                break;
            case PersonKind.Parent:
                var links = await ports.People.ParentLinksAsync(school.School.Id, cancellationToken).ConfigureAwait(false);
                var pupils = (await ports.People.ListAsync(school.School.Id, PersonKind.Pupil, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
                children = [.. links.Where(l => l.ParentId == other.Id).Select(l => pupils.GetValueOrDefault(l.PupilId)).OfType<Person>()];
                if (children.Count == 0)
                {
                    errors["OtherPersonId"] = $"{other.DisplayName} is recorded as a parent but linked to no pupil: link them to their children first, because the answer depends on the children's ages and dates.";
                    return null;
                }

                if (children.FirstOrDefault(c => c.DateOfBirth > today) is { } unborn)
                {
                    errors["OtherPersonId"] = $"The register gives {unborn.DisplayName} a date of birth after today ({Date(unborn.DateOfBirth!.Value)}): correct it first.";
                    return null;
                }

                try
                {
                    subject = ConnectionSubject.FamilyMemberOf([.. children.Select(c => RegisterTies.Related(c, today))], other.DisplayName);
                }
                catch (ArgumentException ex)
                {
                    errors["OtherPersonId"] = $"The register's dates for {Possessive(other.DisplayName)} children do not fit together: {ex.Message} Correct them first.";
                    return null;
                }

                break;
            default:
                subject = ConnectionSubject.Colleague(other.DisplayName);
                break;
        }

        return new ConnectionFacts
        {
            School = school,
            Pack = pack,
            Staff = staff,
            Other = other,
            OtherName = other.DisplayName,
            OtherDateOfBirth = other.DateOfBirth,
            Subject = subject,
            Ties = other.Kind == PersonKind.Staff ? StaffRelationships.None : RegisterTies.Relationships(ties, other, children),
            Exceptions = await ports.Log.ExceptionsAsync(staff.Id, other.Id, cancellationToken).ConfigureAwait(false),
            Advice = await ports.Log.AdviceAsync(staff.Id, other.Id, cancellationToken).ConfigureAwait(false),
            Today = today,
        };
    }
}
