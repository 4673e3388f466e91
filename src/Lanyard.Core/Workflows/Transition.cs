namespace Lanyard.Core.Workflows;

/// <summary>One row of a transition table: in <paramref name="From"/>, <paramref name="Trigger"/> moves to <paramref name="To"/>.</summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers (steps).</typeparam>
/// <param name="From">The state it starts from.</param>
/// <param name="Trigger">The step.</param>
/// <param name="To">The state it leads to (the same state for a step that records without moving).</param>
/// <param name="Clauses">The clause ids the row comes from; empty for rows every procedure shares.</param>
public sealed record Transition<TState, TTrigger>(TState From, TTrigger Trigger, TState To, IReadOnlyList<string> Clauses)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
