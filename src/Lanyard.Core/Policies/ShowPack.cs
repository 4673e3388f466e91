using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Policies;

/// <summary>Use case: everything about one pack — metadata, parameters, clauses grouped by kind, warnings (<c>lanyard packs show</c>).</summary>
public static class ShowPack
{
    /// <summary>A parameter's answer, with the §3 question it answers.</summary>
    /// <param name="Number">CLAUSES.md §3 row.</param>
    /// <param name="Question">The question.</param>
    /// <param name="Parameter">Where the pack answers it.</param>
    /// <param name="Answer">The answer as text, or null when the pack is silent.</param>
    /// <param name="Clauses">The clause ids the answer rests on.</param>
    public sealed record ParameterAnswer(int Number, string Question, string Parameter, string? Answer, IReadOnlyList<string> Clauses);

    /// <summary>Clauses of one kind.</summary>
    /// <param name="Kind">The kind.</param>
    /// <param name="Clauses">The clauses, in document order.</param>
    public sealed record ClauseGroup(ClauseKind Kind, IReadOnlyList<Clause> Clauses);

    /// <summary>The view of one pack.</summary>
    /// <param name="Pack">The pack.</param>
    /// <param name="NextReview">When the next review is due, or null.</param>
    /// <param name="Parameters">The §3 answers.</param>
    /// <param name="ClausesByKind">Clauses grouped by kind.</param>
    /// <param name="Warnings">Loader warnings.</param>
    public sealed record PackView(PolicyPack Pack, PackDate? NextReview, IReadOnlyList<ParameterAnswer> Parameters, IReadOnlyList<ClauseGroup> ClausesByKind, IReadOnlyList<PackDiagnostic> Warnings);

    /// <summary>Builds the view of a loaded pack.</summary>
    /// <exception cref="ArgumentException">The pack did not load.</exception>
    public static PackView Handle(PackLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pack = result.Pack ?? throw new ArgumentException("Only a pack that loaded can be shown.", nameof(result));
        var parameters = Disagreements.Rows
            .Select(row => new ParameterAnswer(row.Number, row.Question, row.Parameter, row.AnswerText(pack), row.CitedBy(pack)))
            .ToList();
        var groups = Enum.GetValues<ClauseKind>()
            .Select(kind => new ClauseGroup(kind, [.. pack.Clauses.Where(c => c.Kind == kind)]))
            .Where(g => g.Clauses.Count > 0)
            .ToList();
        return new PackView(pack, pack.Review.NextDue(pack.Approval.Date), parameters, groups, result.Warnings);
    }
}
