namespace Lanyard.Core.People;

/// <summary>
/// Use case: record days a member of staff is away, so a procedure that names them ("the head
/// teacher, or if absent…") can route to the most senior member of staff present. Refused with
/// reasons by field, and nothing written, when the person is not staff of this school, a day is
/// missing, the last day is before the first, the absence is longer than a year, or it overlaps one
/// already recorded (extend that one by recording the extra days instead).
/// </summary>
public static class RecordAbsence
{
    /// <summary>The longest absence recorded at once, in days; a longer one is usually a typing slip in the year.</summary>
    public const int MaxDays = 366;

    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="PersonId">The member of staff.</param>
    /// <param name="FirstDay">First day away.</param>
    /// <param name="LastDay">Last day away (the first day again for a single day).</param>
    public sealed record Request(long OrganisationId, long PersonId, DateOnly? FirstDay, DateOnly? LastDay);

    /// <summary>The outcome: the absence recorded, or the reasons it was refused.</summary>
    /// <param name="Absence">The absence; null when refused.</param>
    /// <param name="Errors">Request field → message; empty when recorded.</param>
    public sealed record Result(Absence? Absence, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the absence was recorded.</summary>
        public bool Succeeded => Absence is not null;
    }

    /// <summary>Validates and records.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var person = await register.GetAsync(request.PersonId, cancellationToken).ConfigureAwait(false);
        var existing = person is null ? [] : await register.AbsencesOfAsync(person.Id, cancellationToken).ConfigureAwait(false);
        var errors = Validate(request, person, existing);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var absence = new Absence(request.PersonId, request.FirstDay!.Value, request.LastDay!.Value);
        await register.AddAbsenceAsync(absence, cancellationToken).ConfigureAwait(false);
        return new Result(absence, new Dictionary<string, string>());
    }

    /// <summary>The reasons the absence cannot be recorded for <paramref name="person"/> (null when not in the register) beside their <paramref name="existing"/> absences; empty when it can.</summary>
    public static IReadOnlyDictionary<string, string> Validate(Request request, Person? person, IReadOnlyList<Absence> existing)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (person is null || person.OrganisationId != request.OrganisationId || person.Kind != PersonKind.Staff)
        {
            errors[nameof(Request.PersonId)] = "Choose a member of staff of this school.";
        }

        if (request.FirstDay is null)
        {
            errors[nameof(Request.FirstDay)] = "Enter the first day away.";
        }

        if (request.LastDay is null)
        {
            errors[nameof(Request.LastDay)] = "Enter the last day away (the same day for a single day).";
        }

        if (request is { FirstDay: { } first, LastDay: { } last })
        {
            if (last < first)
            {
                errors[nameof(Request.LastDay)] = "The last day cannot be before the first day.";
            }
            else if (last.DayNumber - first.DayNumber + 1 > MaxDays)
            {
                errors[nameof(Request.LastDay)] = $"An absence can be at most {MaxDays} days; check the years.";
            }
            else if (existing.FirstOrDefault(a => a.FirstDay <= last && first <= a.LastDay) is { } overlap)
            {
                errors[nameof(Request.FirstDay)] = $"It overlaps the absence already recorded from {Day(overlap.FirstDay)} to {Day(overlap.LastDay)}.";
            }
        }

        return errors;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
