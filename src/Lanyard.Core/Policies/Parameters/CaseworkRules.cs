namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// What a pack says about running cases that rows 17–23 do not: routing for the other case types,
/// who may take which step or own a case, and the requirements ("gates") a case must meet before it
/// leaves "reported", before an outcome, before a reply or before it closes. Every item cites its
/// clause; a pack that says nothing gets no gate.
/// </summary>
public sealed record CaseworkRules : PackParameter
{
    /// <summary>Who receives a report of a type that rows 17–18 do not cover (accidental access, unsolicited contact…).</summary>
    public IReadOnlyList<CaseRoute> Routes { get; init; } = [];

    /// <summary>Steps only some roles may take (e.g. the initial assessment, by SLT).</summary>
    public IReadOnlyList<CaseRoleRule> StepRoles { get; init; } = [];

    /// <summary>Who may own or investigate a case (the person a case is assigned to must hold one of these roles).</summary>
    public IReadOnlyList<CaseRoleRule> Owners { get; init; } = [];

    /// <summary>What must be on the case before it moves on.</summary>
    public IReadOnlyList<CaseGate> Gates { get; init; } = [];

    /// <summary>Case types besides parent posts that run the parent-post ladder (the pack's ladder covers them too).</summary>
    public IReadOnlyList<Casework.CaseType> LadderCaseTypes { get; init; } = [];
}
