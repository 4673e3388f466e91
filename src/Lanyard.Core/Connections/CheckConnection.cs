using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// What a member of staff wants to do on a personal account, with whom, and what is recorded
/// between them, on the day asked. The connection rules of every pack bind personal accounts.
/// </summary>
public sealed record ConnectionRequest
{
    /// <summary>Follow, accept a request, send a request, message or engage; not <see cref="ConnectionAction.AnyContact"/>, which is a rule's scope, not an action.</summary>
    public required ConnectionAction Action { get; init; }

    /// <summary>
    /// The platform, as the staff member names it (Facebook, Instagram, Minecraft server chat). No
    /// shipped pack treats platforms differently, so it shapes the question and the record, not the verdict.
    /// </summary>
    public required string Platform { get; init; }

    /// <summary>The other person.</summary>
    public required ConnectionSubject Subject { get; init; }

    /// <summary>What is recorded between the staff member and the other person.</summary>
    public StaffRelationships Relationships { get; init; } = StaffRelationships.None;

    /// <summary>A recorded exception for this connection, if any; whether it counts is part of the answer.</summary>
    public ExceptionGrant? Exception { get; init; }

    /// <summary>The staff member's role, to know whether the pack binds them at all.</summary>
    public Role StaffRole { get; init; } = Role.Staff;

    /// <summary>Today, from the injected clock: every age and every exception's term is worked out on it.</summary>
    public required DateOnly Today { get; init; }
}

/// <summary>
/// Use case: "may this member of staff follow / accept a request from / send a request to /
/// message / engage with this person?" The pack's parameters alone decide (CLAUSES.md §3 rows
/// 1–7); where the pack is silent the answer is allow, with a note saying so, never another
/// pack's rule. Missing facts count against the connection (an unknown date of birth is treated
/// as under the age limit; an undated friendship is not prior) and the answer says which fact
/// would change it. A recorded exception lifts a hold or block only where the pack itself gives
/// a route to authorise it; where it gives none, the exception is reported as unable to lift it
/// (see <see cref="ExceptionGrant"/>). Pure: no I/O, no clock.
/// </summary>
public static class CheckConnection
{
    private static readonly HashSet<Role> StaffKinds =
    [
        Role.Staff, Role.Employees, Role.CasualWorkers, Role.AgencyStaff, Role.TemporaryStaff, Role.Contractors,
        Role.Trainees, Role.Volunteers, Role.Secondees, Role.StaffPersonalAccount,
    ];

    /// <summary>Decides the request under the pack.</summary>
    /// <exception cref="ArgumentException">The request is not a question that can be answered (see the message).</exception>
    public static ConnectionVerdict Handle(PolicyPack pack, ConnectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Validate(request);

        var decision = new ConnectionDecision(pack, request);
        var question = Question(decision);
        if (!IsBound(pack, request.StaffRole))
        {
            decision.Note($"The {pack.Id} pack does not bind {YamlNaming.Kebab(request.StaffRole)}: no rule of it applies to this member of staff.");
            return decision.Build(question, null);
        }

        var subject = request.Subject;
        switch (subject.Kind)
        {
            case ConnectionSubjectKind.CurrentPupil:
                PupilContactRules.Apply(decision, current: true);
                break;
            case ConnectionSubjectKind.FormerPupil when subject.LeftOn is { } left && left > request.Today:
                decision.Note($"{Capitalised(decision.Who)} leaves on {Date(left)}, after today, so is still a current pupil and is judged as one.");
                PupilContactRules.Apply(decision, current: true);
                break;
            case ConnectionSubjectKind.FormerPupil:
                PupilContactRules.Apply(decision, current: false);
                break;
            case ConnectionSubjectKind.PupilFamilyMember:
                FamilyContactRules.Apply(decision);
                break;
            case ConnectionSubjectKind.Colleague:
                decision.Note($"{Possessive(decision.Organisation)} policy has no connection rule for colleagues: no rule applies.");
                break;
            default:
                decision.Note($"{Possessive(decision.Organisation)} policy has no connection rule for people with no link to the school: no rule applies. If {decision.Who} is a pupil, former pupil or parent, record them as one, because the answer may change.");
                break;
        }

        var applied = ExceptionReview.Apply(decision);
        return decision.Build(question, applied);
    }

    /// <summary>Rejects a request no pack could answer, naming what is wrong.</summary>
    /// <exception cref="ArgumentException">See the message.</exception>
    public static void Validate(ConnectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Action == ConnectionAction.AnyContact || !Enum.IsDefined(request.Action))
        {
            throw new ArgumentException($"Ask about one action: follow, accept-request, send-request, message or engage (not {YamlNaming.Kebab(request.Action.ToString())}).", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Platform))
        {
            throw new ArgumentException("Name the platform (for example Facebook or Instagram).", nameof(request));
        }

        if (request.Subject is null || request.Relationships is null)
        {
            throw new ArgumentException("The request needs the other person and the relationships recorded with them (use StaffRelationships.None for none).", nameof(request));
        }

        var today = request.Today;
        if (request.Subject.DateOfBirth is { } born && born > today)
        {
            throw new ArgumentException($"The date of birth {born:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).", nameof(request));
        }

        foreach (var pupil in request.Subject.Pupils)
        {
            if (pupil.DateOfBirth is { } childBorn && childBorn > today)
            {
                throw new ArgumentException($"The date of birth {childBorn:yyyy-MM-dd} of {pupil.Name ?? "a related pupil"} is after today ({today:yyyy-MM-dd}).", nameof(request));
            }
        }
    }

    /// <summary>
    /// Whether the pack binds the staff member. A pack that binds "staff" binds every kind of
    /// staff, and a staff member asking without a more specific role is bound by any pack that
    /// binds some kind of staff; a specific kind (volunteer, governor) must be one the pack names,
    /// because packs differ on exactly that (§3 row 24: St Mary's binds no volunteers or governors).
    /// </summary>
    internal static bool IsBound(PolicyPack pack, Role role)
    {
        var bound = pack.BoundRoles;
        return bound.Contains(role) || bound.Contains(Role.Everyone)
            || (role is Role.Staff or Role.StaffPersonalAccount && bound.Any(StaffKinds.Contains))
            || (StaffKinds.Contains(role) && bound.Contains(Role.Staff));
    }

    private static string Question(ConnectionDecision decision)
    {
        var request = decision.Request;
        var subject = request.Subject;
        var kind = subject.Kind switch
        {
            ConnectionSubjectKind.CurrentPupil => "a current pupil",
            ConnectionSubjectKind.FormerPupil => "a former pupil",
            ConnectionSubjectKind.PupilFamilyMember => "a pupil's parent or family member",
            ConnectionSubjectKind.Colleague => "a colleague",
            _ => "someone with no recorded link to the school",
        };
        var whom = subject.Name is null ? kind : $"{subject.Name}, {kind},";
        return $"May this member of staff {Verb(request.Action)} {whom} on {request.Platform.Trim()}?";
    }
}
