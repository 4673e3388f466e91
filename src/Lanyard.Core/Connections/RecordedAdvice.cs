using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// Advice recorded by the role a pack names for it (St Mary's 5.4(d): the head teacher's advice
/// before accepting a parent's friend request). Immutable and complete from the moment it exists.
/// </summary>
public sealed record RecordedAdvice
{
    /// <summary>Records advice.</summary>
    /// <exception cref="ArgumentException">The adviser's name is blank.</exception>
    public RecordedAdvice(string givenBy, Role givenByRole, DateOnly givenOn, AdviceOutcome outcome, string? summary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(givenBy);
        GivenBy = givenBy;
        GivenByRole = givenByRole;
        GivenOn = givenOn;
        Outcome = outcome;
        Summary = summary;
    }

    /// <summary>Who gave the advice, by name.</summary>
    public string GivenBy { get; }

    /// <summary>The role they gave it in; it counts only if it is the role the pack names.</summary>
    public Role GivenByRole { get; }

    /// <summary>When it was given.</summary>
    public DateOnly GivenOn { get; }

    /// <summary>Whether the connection may go ahead.</summary>
    public AdviceOutcome Outcome { get; }

    /// <summary>What was said, for the record.</summary>
    public string? Summary { get; }
}
