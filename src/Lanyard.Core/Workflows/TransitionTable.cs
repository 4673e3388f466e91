namespace Lanyard.Core.Workflows;

/// <summary>
/// An explicit state machine: the rows say which step is allowed in which state and where it
/// leads. Anything not in the table is refused, always the same way: the message names the step,
/// the state and every step that is allowed there.
/// </summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers (steps).</typeparam>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState, TTrigger), Transition<TState, TTrigger>> _rows = [];

    /// <summary>Builds the table.</summary>
    /// <exception cref="ArgumentException">Two rows start from the same state with the same step.</exception>
    public TransitionTable(IEnumerable<Transition<TState, TTrigger>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            if (!_rows.TryAdd((row.From, row.Trigger), row))
            {
                throw new ArgumentException($"Two rows leave {row.From} on {row.Trigger}.", nameof(rows));
            }
        }

        Rows = [.. _rows.Values];
    }

    /// <summary>Every row, in the order given.</summary>
    public IReadOnlyList<Transition<TState, TTrigger>> Rows { get; }

    /// <summary>The steps allowed in a state, in table order.</summary>
    public IReadOnlyList<TTrigger> AllowedIn(TState state) => [.. Rows.Where(r => EqualityComparer<TState>.Default.Equals(r.From, state)).Select(r => r.Trigger)];

    /// <summary>The row for a step in a state, or null when the table has none.</summary>
    public Transition<TState, TTrigger>? Find(TState state, TTrigger trigger) => _rows.GetValueOrDefault((state, trigger));

    /// <summary>The standard refusal: "'step' is not allowed while the case is stage. Allowed now: …".</summary>
    /// <param name="trigger">The step refused.</param>
    /// <param name="state">The state it was asked in.</param>
    /// <param name="allowed">What is allowed instead (by default, the table's rows from <paramref name="state"/>).</param>
    /// <param name="subject">What is in the state, e.g. "the case".</param>
    public string Refusal(TTrigger trigger, TState state, IReadOnlyList<TTrigger>? allowed = null, string subject = "it") =>
        WorkflowText.Refusal(trigger, state, allowed ?? AllowedIn(state), subject);
}
