using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// The request a held connection check opens for the role the verdict names (the head teacher at
/// St Mary's for a parent's friend request; the head teacher at Heathcoat for a likely conflict of
/// interest). It is open until someone holding that role decides it: granted (an exception or advice
/// now lets the connection go ahead) or refused. Decided is final; a new question opens a new request.
/// <para>Transitions: open → granted, open → refused. Nothing else.</para>
/// </summary>
public sealed record ConnectionHoldRequest
{
    private static readonly Dictionary<ConnectionHoldState, ConnectionHoldState[]> Transitions = new()
    {
        [ConnectionHoldState.Open] = [ConnectionHoldState.Granted, ConnectionHoldState.Refused],
        [ConnectionHoldState.Granted] = [],
        [ConnectionHoldState.Refused] = [],
    };

    /// <summary>The log's id; 0 before it is recorded.</summary>
    public long Id { get; init; }

    /// <summary>The school.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The decision that was held and opened this request.</summary>
    public required long DecisionId { get; init; }

    /// <summary>The member of staff.</summary>
    public required long StaffId { get; init; }

    /// <summary>The other person, when they are in the register.</summary>
    public long? OtherPersonId { get; init; }

    /// <summary>The role that must decide (the verdict's deciding role).</summary>
    public required Role AddressedTo { get; init; }

    /// <summary>When the request was opened.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>Open, granted or refused.</summary>
    public ConnectionHoldState State { get; init; } = ConnectionHoldState.Open;

    /// <summary>The register id of who decided it.</summary>
    public long? DecidedById { get; init; }

    /// <summary>Their name at the time.</summary>
    public string? DecidedByName { get; init; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Why, in the decider's words.</summary>
    public string? Note { get; init; }

    /// <summary>The exception that granted it, if one did.</summary>
    public long? ExceptionId { get; init; }

    /// <summary>The advice or conflict-of-interest assessment that decided it, if one did.</summary>
    public long? AdviceId { get; init; }

    /// <summary>The check made after the decision, whose verdict settled the request.</summary>
    public long? ResolvingDecisionId { get; init; }

    /// <summary>The states this request may move to from where it stands.</summary>
    public IReadOnlyList<ConnectionHoldState> AllowedNext => Transitions[State];

    /// <summary>Why this request cannot move to <paramref name="to"/>, or null when it can.</summary>
    public string? WhyNot(ConnectionHoldState to) =>
        AllowedNext.Contains(to)
            ? null
            : $"This hold request is already {Word(State)}, so it cannot be {Word(to)}: only an open request can be granted or refused.";

    /// <summary>Moves the request on, recording who decided, when and why.</summary>
    /// <exception cref="InvalidOperationException">The transition is not allowed (see <see cref="WhyNot"/>).</exception>
    /// <exception cref="ArgumentException">The decider's name is blank.</exception>
    public ConnectionHoldRequest Decide(ConnectionHoldState to, long decidedById, string decidedByName, DateTimeOffset at, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedByName);
        if (WhyNot(to) is { } why)
        {
            throw new InvalidOperationException(why);
        }

        return this with
        {
            State = to,
            DecidedById = decidedById,
            DecidedByName = decidedByName,
            DecidedAt = at,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }

    private static string Word(ConnectionHoldState state) => state.ToString().ToLowerInvariant();
}
