using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>How breaches are judged and what follows (§3 row 23). Per-clause severities complete the map.</summary>
public sealed record BreachConsequences : PackParameter
{
    /// <summary>Severity of a breach of a clause that sets none.</summary>
    public Severity? DefaultSeverity { get; init; }

    /// <summary>Factors recorded before an outcome.</summary>
    public IReadOnlyList<SeriousnessFactor> SeriousnessFactors { get; init; } = [];

    /// <summary>Outcomes a breach case may end in.</summary>
    public IReadOnlyList<BreachOutcome> Outcomes { get; init; } = [];
}
