namespace Lanyard.Core.Policies;

/// <summary>How often the policy is reviewed and what forces an early review (§3 rows 27–28).</summary>
public sealed record ReviewSchedule
{
    /// <summary>The review cycle in months; null when the policy states none (St Mary's).</summary>
    public int? CycleMonths { get; init; }

    /// <summary>The cycle in the document's own words, e.g. "at least every three years".</summary>
    public string? CycleAsStated { get; init; }

    /// <summary>When the policy was last reviewed, if stated.</summary>
    public PackDate? LastReviewed { get; init; }

    /// <summary>The next review date the document states, if any.</summary>
    public PackDate? NextReview { get; init; }

    /// <summary>Events that force an early review.</summary>
    public IReadOnlyList<ReviewTrigger> Triggers { get; init; } = [];

    /// <summary>The body that reviews the policy, when named.</summary>
    public string? Reviewer { get; init; }

    /// <summary>
    /// When the next review is due: the later of the stated next review and the last review (or,
    /// failing that, the approval) plus the cycle. A stated date the document itself has overtaken
    /// (Testbourne reviewed in April 2018, the month its cover says the review is due) gives way
    /// to the computed one. Null when there is no cycle and no stated date.
    /// </summary>
    public PackDate? NextDue(PackDate? approvedOn)
    {
        var from = LastReviewed ?? approvedOn;
        PackDate? computed = CycleMonths is { } months && from is { } start ? start.AddMonths(months) : null;
        return (NextReview, computed) switch
        {
            ({ } stated, { } calc) => stated >= calc ? stated : calc,
            ({ } stated, null) => stated,
            (null, var calc) => calc,
        };
    }

    /// <summary>Clause ids the schedule comes from.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];
}
