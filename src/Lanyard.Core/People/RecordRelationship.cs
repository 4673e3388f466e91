using Lanyard.Core.Time;

namespace Lanyard.Core.People;

/// <summary>
/// Use case: record a tie between a member of staff and a pupil or parent of the same school, which
/// the connection check reads (a family tie is an exception to the pupil rules; a friendship with a
/// parent that began before the school knew them is "prior"). Refused with reasons by field, and
/// nothing written, when either person is not of this school, the first is not staff, the kind does
/// not fit the other person (parent-or-carer and other-family tie to a pupil; prior-friendship to a
/// parent), the start date is in the future (or missing, for a friendship), or the same tie is already recorded.
/// </summary>
public static class RecordRelationship
{
    /// <summary>The longest note the register keeps.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="StaffId">The member of staff.</param>
    /// <param name="OtherId">The pupil or parent.</param>
    /// <param name="Kind">What the tie is.</param>
    /// <param name="BeganOn">When it began, if known.</param>
    /// <param name="Note">Free text, e.g. "sister's child".</param>
    public sealed record Request(long OrganisationId, long StaffId, long OtherId, RelationshipKind Kind, DateOnly? BeganOn, string? Note);

    /// <summary>The outcome: the tie recorded, or the reasons it was refused.</summary>
    /// <param name="Relationship">The tie with its id; null when refused.</param>
    /// <param name="Errors">Request field → message; empty when recorded.</param>
    public sealed record Result(StaffRelationship? Relationship, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the tie was recorded.</summary>
        public bool Succeeded => Relationship is not null;
    }

    /// <summary>The kind of person each tie is with.</summary>
    public static PersonKind TiesTo(RelationshipKind kind) => kind == RelationshipKind.PriorFriendship ? PersonKind.Parent : PersonKind.Pupil;

    /// <summary>The kind as people say it: "parent or carer", "other family", "prior friendship".</summary>
    public static string Describe(RelationshipKind kind) => kind switch
    {
        RelationshipKind.ParentOrCarer => "parent or carer",
        RelationshipKind.OtherFamily => "other family",
        RelationshipKind.PriorFriendship => "prior friendship",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relationship kind."),
    };

    /// <summary>Validates and records, dated by <paramref name="clock"/>.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister register, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var staff = await register.GetAsync(request.StaffId, cancellationToken).ConfigureAwait(false);
        var other = await register.GetAsync(request.OtherId, cancellationToken).ConfigureAwait(false);
        var existing = staff is null ? [] : await register.RelationshipsAsync(staff.Id, cancellationToken).ConfigureAwait(false);
        var errors = Validate(request, staff, other, existing, UkTime.DateOf(now));
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var tie = new StaffRelationship(0, request.StaffId, request.OtherId, request.Kind, request.BeganOn, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        var id = await register.AddRelationshipAsync(tie, now, cancellationToken).ConfigureAwait(false);
        return new Result(tie with { Id = id }, new Dictionary<string, string>());
    }

    /// <summary>
    /// The reasons the tie cannot be recorded between <paramref name="staff"/> and <paramref name="other"/>
    /// (null when not in the register) beside the member of staff's <paramref name="existing"/> ties; empty when it can.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Validate(Request request, Person? staff, Person? other, IReadOnlyList<StaffRelationship> existing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (staff is null || staff.OrganisationId != request.OrganisationId)
        {
            errors[nameof(Request.StaffId)] = "Choose a member of staff of this school.";
        }
        else if (staff.Kind != PersonKind.Staff)
        {
            errors[nameof(Request.StaffId)] = $"{staff.DisplayName} is a {Kind(staff.Kind)}, not a member of staff: a tie is recorded from the member of staff.";
        }

        if (!Enum.IsDefined(request.Kind))
        {
            errors[nameof(Request.Kind)] = "Choose what the tie is: parent or carer, other family, or prior friendship.";
        }
        else if (other is null || other.OrganisationId != request.OrganisationId || other.Kind == PersonKind.Staff)
        {
            errors[nameof(Request.OtherId)] = "Choose a pupil or parent of this school.";
        }
        else if (other.Kind != TiesTo(request.Kind))
        {
            errors[nameof(Request.Kind)] = request.Kind == RelationshipKind.PriorFriendship
                ? $"A prior friendship is with a parent; {other.DisplayName} is a pupil. Record family ties to a pupil as parent or carer or other family."
                : $"A tie as {Describe(request.Kind)} is with a pupil; {other.DisplayName} is a parent. Record a friendship with a parent as prior friendship.";
        }
        else if (existing.Any(t => t.OtherId == other.Id && t.Kind == request.Kind))
        {
            errors[nameof(Request.Kind)] = $"A tie with {other.DisplayName} as {Describe(request.Kind)} is already recorded.";
        }

        if (request.BeganOn is { } began && began > today)
        {
            errors[nameof(Request.BeganOn)] = "The date the tie began cannot be in the future.";
        }
        else if (request.BeganOn is null && request.Kind == RelationshipKind.PriorFriendship)
        {
            errors[nameof(Request.BeganOn)] = "Enter when the friendship began: whether it came before the family joined the school decides how the policy treats it.";
        }

        if (request.Note is { Length: > MaxNoteLength })
        {
            errors[nameof(Request.Note)] = $"The note must be {MaxNoteLength} characters or fewer.";
        }

        return errors;
    }

    private static string Kind(PersonKind kind) => kind == PersonKind.Pupil ? "pupil" : "parent";
}
