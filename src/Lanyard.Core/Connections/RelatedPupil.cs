namespace Lanyard.Core.Connections;

/// <summary>
/// A pupil or former pupil whose parent, carer or family member the other person is. Which
/// parents a pack covers, whether a friendship came first, and whether a conflict of interest is
/// likely all depend on these facts, not on the parent's own.
/// </summary>
public sealed record RelatedPupil
{
    private RelatedPupil(bool isCurrent, DateOnly? dateOfBirth, DateOnly? startedOn, DateOnly? leftOn, bool? taughtByStaffMember, string? name)
    {
        if (dateOfBirth is { } born && startedOn is { } started && started < born)
        {
            throw new ArgumentException($"A pupil born on {born:yyyy-MM-dd} cannot have joined the school earlier, on {started:yyyy-MM-dd}.", nameof(startedOn));
        }

        if (startedOn is { } from && leftOn is { } to && to < from)
        {
            throw new ArgumentException($"A pupil who joined on {from:yyyy-MM-dd} cannot have left earlier, on {to:yyyy-MM-dd}.", nameof(leftOn));
        }

        if (dateOfBirth is { } birth && leftOn is { } left && left < birth)
        {
            throw new ArgumentException($"A pupil born on {birth:yyyy-MM-dd} cannot have left earlier, on {left:yyyy-MM-dd}.", nameof(leftOn));
        }

        IsCurrent = isCurrent;
        DateOfBirth = dateOfBirth;
        StartedOn = startedOn;
        LeftOn = leftOn;
        TaughtByStaffMember = taughtByStaffMember;
        Name = name;
    }

    /// <summary>On the roll today (true) or left (false).</summary>
    public bool IsCurrent { get; }

    /// <summary>Date of birth; null when not recorded, which Lanyard treats as under any age limit.</summary>
    public DateOnly? DateOfBirth { get; }

    /// <summary>When the pupil joined the school; a friendship that began on or after it is not prior.</summary>
    public DateOnly? StartedOn { get; }

    /// <summary>When a former pupil left.</summary>
    public DateOnly? LeftOn { get; }

    /// <summary>Whether the staff member teaches the pupil (the teaching link behind a likely conflict of interest); null when not recorded.</summary>
    public bool? TaughtByStaffMember { get; }

    /// <summary>The name explanations use.</summary>
    public string? Name { get; }

    /// <summary>A pupil on the roll today.</summary>
    /// <exception cref="ArgumentException">The dates are out of order.</exception>
    public static RelatedPupil Current(DateOnly? dateOfBirth, DateOnly? startedOn, bool? taughtByStaffMember = null, string? name = null) =>
        new(true, dateOfBirth, startedOn, null, taughtByStaffMember, name);

    /// <summary>A former pupil; nobody teaches them now.</summary>
    /// <exception cref="ArgumentException">The dates are out of order.</exception>
    public static RelatedPupil Former(DateOnly? dateOfBirth, DateOnly? startedOn, DateOnly? leftOn, string? name = null) =>
        new(false, dateOfBirth, startedOn, leftOn, false, name);
}
