namespace Lanyard.Core.Policies;

/// <summary>
/// One atomic obligation, permission or procedure step of a policy, with the stable id from the
/// clause inventory. Every verdict Lanyard gives cites the clauses it rests on.
/// </summary>
public sealed record Clause
{
    /// <summary>The stable id, <c>&lt;pack&gt;.&lt;section&gt;.&lt;NN&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What sort of clause it is.</summary>
    public required ClauseKind Kind { get; init; }

    /// <summary>How Lanyard enforces it.</summary>
    public required EnforceMechanism Enforce { get; init; }

    /// <summary>Who it binds, or which object it checks.</summary>
    public required IReadOnlyList<Role> AppliesTo { get; init; }

    /// <summary>One line saying what the clause requires.</summary>
    public required string Summary { get; init; }

    /// <summary>A worked example of the clause in action (the inventory's test idea).</summary>
    public string? Example { get; init; }

    /// <summary>The verdict a check gives when the clause is broken; only for checking mechanisms.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>How serious a breach is, where the policy says.</summary>
    public Severity? Severity { get; init; }

    /// <summary>Where the source is ambiguous or inconsistent: the reading used and the alternative.</summary>
    public string? Ambiguity { get; init; }

    /// <summary>Why this pack deliberately departs from the inventory's kind or enforce mechanism.</summary>
    public string? Deviation { get; init; }

    /// <summary>A row dropped from the policy; its id is kept and never reused.</summary>
    public bool Withdrawn { get; init; }

    /// <summary>The section part of the id (<c>5-4c</c> in <c>st-marys-sefton.5-4c.01</c>).</summary>
    public string Section => Id.Split('.') is { Length: 3 } parts ? parts[1] : string.Empty;
}
