namespace Lanyard.Core.Policies;

/// <summary>
/// Use case: the disagreement table across packs, one row per CLAUSES.md §3 question
/// (<c>lanyard packs compare</c>, the web app's comparison page).
/// </summary>
public static class ComparePacks
{
    /// <summary>One pack's answer to one question.</summary>
    /// <param name="PackId">The pack.</param>
    /// <param name="Answer">The answer as text, or null when the pack is silent.</param>
    /// <param name="Clauses">The clause ids the answer rests on.</param>
    public sealed record Cell(string PackId, string? Answer, IReadOnlyList<string> Clauses);

    /// <summary>One question and every pack's answer.</summary>
    /// <param name="Number">CLAUSES.md §3 row number.</param>
    /// <param name="Question">The question.</param>
    /// <param name="Parameter">Where packs answer it.</param>
    /// <param name="Cells">One cell per pack, in pack order.</param>
    public sealed record Row(int Number, string Question, string Parameter, IReadOnlyList<Cell> Cells);

    /// <summary>The whole table.</summary>
    /// <param name="PackIds">The packs compared, in column order.</param>
    /// <param name="Rows">The rows.</param>
    public sealed record Comparison(IReadOnlyList<string> PackIds, IReadOnlyList<Row> Rows);

    /// <summary>Compares the given packs.</summary>
    public static Comparison Handle(IReadOnlyList<PolicyPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var rows = Disagreements.Rows
            .Select(row => new Row(
                row.Number,
                row.Question,
                row.Parameter,
                [.. packs.Select(pack => new Cell(pack.Id, row.AnswerText(pack), row.CitedBy(pack)))]))
            .ToList();
        return new Comparison([.. packs.Select(p => p.Id)], rows);
    }
}
