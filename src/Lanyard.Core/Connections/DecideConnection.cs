using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Connections;

/// <summary>
/// Use case: "may this member of staff follow / accept a request from / send a request to / message
/// / engage with this person on this platform?", answered from the registers and recorded. The
/// other person is chosen from the register (a pupil on roll is a current pupil, one whose leaving
/// date has passed a former pupil, a parent is family of their linked children, staff are
/// colleagues) or described when they are not in it. The recorded ties, advice, assessments and
/// exceptions for the pair go in; the school's pack decides (<see cref="CheckConnection"/>).
/// Every decision is recorded, allow included; a hold also opens a request for the role the
/// verdict names, unless one is already open for the pair. A request that cannot be answered is
/// refused with reasons keyed by field, and nothing is written.
/// </summary>
public static class DecideConnection
{
    /// <summary>Someone who is not in the register, described by the person asking.</summary>
    /// <param name="Name">Their name.</param>
    /// <param name="DateOfBirth">Their date of birth, if known; recorded with the decision.</param>
    public sealed record Outsider(string? Name, DateOnly? DateOfBirth = null);

    /// <summary>What the user asks.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="AskedBy">Who is asking (the signed-in user, as the host names them).</param>
    /// <param name="StaffId">The member of staff the question is about.</param>
    /// <param name="OtherPersonId">The other person, from the register; or null with <paramref name="Outsider"/>.</param>
    /// <param name="Outsider">The other person when they are not in the register.</param>
    /// <param name="Action">Follow, accept a request, send a request, message or engage.</param>
    /// <param name="Platform">The platform, as the staff member names it.</param>
    public sealed record Request(long OrganisationId, string? AskedBy, long StaffId, long? OtherPersonId, Outsider? Outsider, ConnectionAction Action, string? Platform);

    /// <summary>The recorded decision and any hold request, or the reasons the question was refused.</summary>
    /// <param name="Decision">The decision as recorded; null when refused.</param>
    /// <param name="Hold">For a hold, the open request (new, or the one already open for the pair).</param>
    /// <param name="Errors">Field → message; empty when decided.</param>
    public sealed record Result(ConnectionDecisionRecord? Decision, ConnectionHoldRequest? Hold, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the question was decided and recorded.</summary>
        public bool Succeeded => Decision is not null;
    }

    /// <summary>Validates, decides and records.</summary>
    public static Task<Result> HandleAsync(
        Request request, IOrganisationRegister organisations, IPeopleRegister people, IConnectionLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        return DecideAsync(request, new ConnectionPorts(organisations, people, log), clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The day a check is judged on: the UK date (<see cref="Time.UkTime.DateOf"/>), as consent counts it (RecordConsent), so a consent and a check made together agree on "today".</summary>
    internal static DateOnly Today(DateTimeOffset now) => Time.UkTime.DateOf(now);

    /// <summary>Decides and records at <paramref name="now"/>; the grant and advice use cases ask again through it.</summary>
    internal static async Task<Result> DecideAsync(Request request, ConnectionPorts ports, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = Today(now);
        var (facts, errors) = await ConnectionFacts.LoadAsync(request.OrganisationId, request.StaffId, request.OtherPersonId, request.Outsider, today, ports, cancellationToken).ConfigureAwait(false);
        CheckQuestion(request, errors);
        if (facts is null || errors.Count > 0)
        {
            return new Result(null, null, errors);
        }

        var platform = request.Platform!.Trim();
        var (verdict, applied) = facts.Decide(request.Action, platform);
        var decision = new ConnectionDecisionRecord
        {
            OrganisationId = facts.School.School.Id,
            AskedBy = request.AskedBy!.Trim(),
            AskedAt = now,
            AskedOn = today,
            StaffId = facts.Staff.Id,
            StaffName = facts.Staff.DisplayName,
            OtherPersonId = facts.Other?.Id,
            OtherName = facts.OtherName,
            OtherDateOfBirth = facts.OtherDateOfBirth,
            SubjectKind = facts.Subject.Kind,
            Action = request.Action,
            Platform = platform,
            Verdict = verdict.Verdict,
            Question = verdict.Question,
            Reasons = verdict.Reasons,
            Notes = verdict.Notes,
            DecidingRole = verdict.DecidingRole,
            PackId = verdict.PackId,
            PackVersion = verdict.PackVersion,
            ExceptionId = applied?.Id,
        };
        decision = decision with { Id = await ports.Log.RecordDecisionAsync(decision, cancellationToken).ConfigureAwait(false) };
        if (verdict.Verdict != Verdict.Hold)
        {
            return new Result(decision, null, errors);
        }

        // One open request per pair: whatever settles it (an exception, advice, an assessment) is
        // recorded for the pair, not per action or platform, so asking again must not queue another.
        if (facts.Other is { } other && await ports.Log.OpenHoldForAsync(facts.Staff.Id, other.Id, cancellationToken).ConfigureAwait(false) is { } open)
        {
            return new Result(decision, open, errors);
        }

        var hold = new ConnectionHoldRequest
        {
            OrganisationId = decision.OrganisationId,
            DecisionId = decision.Id,
            StaffId = decision.StaffId,
            OtherPersonId = decision.OtherPersonId,
            // Every hold the check gives names its decider; the head teacher is the check's own default.
            AddressedTo = verdict.DecidingRole ?? Role.Headteacher,
            OpenedAt = now,
        };
        hold = hold with { Id = await ports.Log.OpenHoldAsync(hold, cancellationToken).ConfigureAwait(false) };
        return new Result(decision, hold, errors);
    }

    private static void CheckQuestion(Request request, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(request.AskedBy))
        {
            errors[nameof(Request.AskedBy)] = "Say who is asking: every check is recorded with who asked.";
        }

        if (request.Action == ConnectionAction.AnyContact || !Enum.IsDefined(request.Action))
        {
            errors[nameof(Request.Action)] = "Ask about one action: follow, accept a request, send a request, message or engage.";
        }

        if (string.IsNullOrWhiteSpace(request.Platform))
        {
            errors[nameof(Request.Platform)] = "Name the platform (for example Facebook or Instagram).";
        }
        else if (request.Platform.Trim().Length > 100)
        {
            errors[nameof(Request.Platform)] = "The platform's name must be 100 characters or fewer.";
        }
    }
}
