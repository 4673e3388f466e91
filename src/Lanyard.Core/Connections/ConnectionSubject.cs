namespace Lanyard.Core.Connections;

/// <summary>
/// The facts about the other person that a pack's connection rules read: who they are to the
/// school, their age (from the date of birth, on the day asked), and for a family member the
/// pupils they are family of. Made only through the factories, so it is always one coherent kind.
/// </summary>
public sealed record ConnectionSubject
{
    private ConnectionSubject(ConnectionSubjectKind kind, string? name, DateOnly? dateOfBirth, DateOnly? leftOn, IReadOnlyList<RelatedPupil> pupils)
    {
        Kind = kind;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        DateOfBirth = dateOfBirth;
        LeftOn = leftOn;
        Pupils = pupils;
    }

    /// <summary>Who they are to the school.</summary>
    public ConnectionSubjectKind Kind { get; }

    /// <summary>The name explanations use; null gives "this pupil", "this parent" and so on.</summary>
    public string? Name { get; }

    /// <summary>For a pupil or former pupil, the date of birth; null when not recorded, which Lanyard treats as under any age limit.</summary>
    public DateOnly? DateOfBirth { get; }

    /// <summary>For a former pupil, when they left.</summary>
    public DateOnly? LeftOn { get; }

    /// <summary>For a pupil's family member, the pupils and former pupils they are family of; empty otherwise.</summary>
    public IReadOnlyList<RelatedPupil> Pupils { get; }

    /// <summary>A pupil on the roll today.</summary>
    public static ConnectionSubject CurrentPupil(DateOnly? dateOfBirth, string? name = null) =>
        new(ConnectionSubjectKind.CurrentPupil, name, dateOfBirth, null, []);

    /// <summary>A pupil who has left. A leaving date still to come means they are a current pupil, and are judged as one.</summary>
    /// <exception cref="ArgumentException">They left before they were born.</exception>
    public static ConnectionSubject FormerPupil(DateOnly? dateOfBirth, DateOnly? leftOn, string? name = null)
    {
        if (dateOfBirth is { } born && leftOn is { } left && left < born)
        {
            throw new ArgumentException($"A pupil born on {born:yyyy-MM-dd} cannot have left earlier, on {left:yyyy-MM-dd}.", nameof(leftOn));
        }

        return new(ConnectionSubjectKind.FormerPupil, name, dateOfBirth, leftOn, []);
    }

    /// <summary>A parent, carer, guardian or other family member of the given pupils.</summary>
    /// <exception cref="ArgumentException">No pupil is given: without one, nobody can say which parents' rule applies.</exception>
    public static ConnectionSubject FamilyMemberOf(IReadOnlyList<RelatedPupil> pupils, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        if (pupils.Count == 0)
        {
            throw new ArgumentException("A pupil's family member needs at least one pupil or former pupil they are family of.", nameof(pupils));
        }

        if (pupils.Any(p => p is null))
        {
            throw new ArgumentException("The list of pupils contains a null entry.", nameof(pupils));
        }

        return new(ConnectionSubjectKind.PupilFamilyMember, name, null, null, [.. pupils]);
    }

    /// <summary>Another member of staff.</summary>
    public static ConnectionSubject Colleague(string? name = null) => new(ConnectionSubjectKind.Colleague, name, null, null, []);

    /// <summary>Anyone with no recorded link to the school.</summary>
    public static ConnectionSubject OtherPerson(string? name = null) => new(ConnectionSubjectKind.OtherPerson, name, null, null, []);
}
