namespace Lanyard.Core.People;

/// <summary>
/// One person in a school's register. Pupil fields (MIS id, dates of birth, admission and leaving,
/// year group, never-publish) are null for staff and parents; roles are empty for pupils and parents.
/// </summary>
public sealed record Person
{
    /// <summary>The register's id; 0 before the person is stored.</summary>
    public long Id { get; init; }

    /// <summary>The school (or trust, for central staff) the person belongs to.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>Staff, pupil or parent.</summary>
    public required PersonKind Kind { get; init; }

    /// <summary>Legal first name.</summary>
    public required string GivenName { get; init; }

    /// <summary>The name they go by, if different.</summary>
    public string? PreferredName { get; init; }

    /// <summary>Surname.</summary>
    public required string FamilyName { get; init; }

    /// <summary>Email address, if known.</summary>
    public string? Email { get; init; }

    /// <summary>Department (staff), as a declaration asks for it.</summary>
    public string? Department { get; init; }

    /// <summary>Staff roles.</summary>
    public IReadOnlyList<StaffRole> Roles { get; init; } = [];

    /// <summary>The school MIS id (pupils).</summary>
    public string? MisId { get; init; }

    /// <summary>Date of birth (pupils).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Year group, e.g. "Year 7" (pupils).</summary>
    public string? YearGroup { get; init; }

    /// <summary>Date the pupil joined the school.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Date the pupil left; null while on roll.</summary>
    public DateOnly? LeavingDate { get; init; }

    /// <summary>Never publish the pupil's name or image (e.g. looked-after or adopted children).</summary>
    public bool NeverPublish { get; init; }

    /// <summary>"First Last", with the preferred name when there is one.</summary>
    public string DisplayName => $"{PreferredName ?? GivenName} {FamilyName}";

    /// <summary>Whether a pupil is on roll on the given day (has started and not yet left).</summary>
    public bool IsOnRoll(DateOnly day) =>
        Kind == PersonKind.Pupil && (StartDate is null || StartDate <= day) && (LeavingDate is null || LeavingDate >= day);

    /// <summary>Age in whole years on the given day, or null when the date of birth is not known.</summary>
    public int? AgeOn(DateOnly day) => DateOfBirth is { } born ? Ages.InYears(born, day) : null;
}
