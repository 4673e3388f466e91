namespace Lanyard.Core.Casework;

/// <summary>
/// A person involved in a case. A person from the register is linked by id only: their status
/// (pupil on roll, leaver, parent) is read from the register when needed and never copied onto the
/// case, so linking one person never gives them another's status. Someone outside the register
/// (a member of the public, an unknown account) is described by name or handle.
/// </summary>
public sealed record CaseParty
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The case.</summary>
    public long CaseId { get; init; }

    /// <summary>The person in the register, or null for someone outside it.</summary>
    public long? PersonId { get; init; }

    /// <summary>For someone outside the register: a name, handle or description ("anonymous account @x").</summary>
    public string? Description { get; init; }

    /// <summary>Pupil, staff, parent, public or unknown.</summary>
    public required PartyKind Kind { get; init; }

    /// <summary>Subject, alleged perpetrator, witness or reporter.</summary>
    public required PartyRole Role { get; init; }
}
