using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// The reasons and notes of one connection check as they are gathered: each rule adds what it
/// found, the exception review may then lift some, and <see cref="Build"/> freezes the answer.
/// </summary>
internal sealed class ConnectionDecision(PolicyPack pack, ConnectionRequest request)
{
    private readonly List<PendingReason> _reasons = [];
    private readonly List<string> _notes = [];

    public PolicyPack Pack { get; } = pack;

    public ConnectionRequest Request { get; } = request;

    public DateOnly Today => Request.Today;

    /// <summary>The organisation's name, which every explanation starts from.</summary>
    public string Organisation => Pack.Organisation.Name;

    /// <summary>The other person as explanations name them.</summary>
    public string Who => Request.Subject.Name ?? Request.Subject.Kind switch
    {
        ConnectionSubjectKind.CurrentPupil or ConnectionSubjectKind.FormerPupil => "this pupil",
        ConnectionSubjectKind.PupilFamilyMember => "this parent",
        ConnectionSubjectKind.Colleague => "this colleague",
        _ => "this person",
    };

    public IReadOnlyList<PendingReason> Reasons => _reasons;

    public string Cite(IEnumerable<string> clauseIds) => ConnectionWording.Cite(Pack, clauseIds);

    /// <summary>Adds a reason the pack's rule gives.</summary>
    /// <param name="verdict">What the rule says.</param>
    /// <param name="clauseIds">The clauses it rests on.</param>
    /// <param name="explanation">Plain English.</param>
    /// <param name="decidingRole">Who decides a hold, or may authorise a block.</param>
    /// <param name="route">Who may lift it with an exception; null when nobody may.</param>
    /// <param name="withoutRoute">Why an exception cannot lift it, when <paramref name="route"/> is null.</param>
    public void Add(Verdict verdict, IEnumerable<string> clauseIds, string explanation, Role? decidingRole = null, AuthorisationRoute? route = null, string? withoutRoute = null) =>
        _reasons.Add(new PendingReason(verdict, [.. clauseIds.Distinct(StringComparer.Ordinal)], explanation, decidingRole, route, withoutRoute));

    public void Note(string note) => _notes.Add(note);

    public ConnectionVerdict Build(string question, ExceptionGrant? applied)
    {
        var reasons = _reasons.Select(r => r.ToReason()).ToList();
        var verdict = reasons.Count == 0 ? Verdict.Allow : reasons.Max(r => r.Verdict);
        var deciding = verdict == Verdict.Hold ? reasons.First(r => r.Verdict == Verdict.Hold).DecidingRole : null;
        return new ConnectionVerdict(verdict, Pack.Id, Pack.Version, question, reasons, [.. _notes], deciding, applied);
    }
}

/// <summary>Who may lift a hold or block with an exception, and the clauses that give them that power.</summary>
/// <param name="Grantors">The roles whose exception counts.</param>
/// <param name="ClauseIds">The clauses that give the route.</param>
internal sealed record AuthorisationRoute(IReadOnlyList<Role> Grantors, IReadOnlyList<string> ClauseIds);

/// <summary>A reason while the check is still being decided: an exception may yet lift it.</summary>
internal sealed class PendingReason(Verdict ruleVerdict, IReadOnlyList<string> clauseIds, string explanation, Role? decidingRole, AuthorisationRoute? route, string? withoutRoute)
{
    public Verdict RuleVerdict { get; } = ruleVerdict;

    public Verdict Verdict { get; private set; } = ruleVerdict;

    public IReadOnlyList<string> ClauseIds { get; } = clauseIds;

    public string Explanation { get; private set; } = explanation;

    public AuthorisationRoute? Route { get; } = route;

    public string? WithoutRoute { get; } = withoutRoute;

    public void Lift(string because)
    {
        Verdict = Verdict.Allow;
        Explanation += " " + because;
    }

    public ConnectionReason ToReason() => new(Verdict, RuleVerdict, ClauseIds, Explanation, decidingRole);
}
