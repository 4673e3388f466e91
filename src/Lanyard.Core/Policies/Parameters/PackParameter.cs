namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// An answer a pack gives to one of the questions on which the five policies disagree
/// (CLAUSES.md §3). Every answer names the clauses it comes from, so every verdict built on it
/// can cite them.
/// </summary>
public abstract record PackParameter
{
    /// <summary>The clause ids this answer comes from; never empty.</summary>
    public required IReadOnlyList<string> Clauses { get; init; }

    /// <summary>How the answer was read from the document, where that needs saying.</summary>
    public string? Note { get; init; }
}
