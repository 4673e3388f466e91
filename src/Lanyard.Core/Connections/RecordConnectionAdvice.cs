using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// Use case: record what a pack asks for before a member of staff connects with a pupil's parent or
/// family member. The pack decides which: advice from the role it names (St Mary's 5.4(d): the head
/// teacher, before accepting a parent's request) or a conflict-of-interest assessment (Heathcoat
/// staff.05); a pack that asks for neither is answered with a refusal saying so. Only someone the
/// register shows in the role the pack names may record it, never for their own connections. Given
/// an open hold request, the record must settle it: the held question is asked again, recorded, and
/// the request granted (go ahead) or refused (do not); nothing is written if it would not settle it.
/// </summary>
public static class RecordConnectionAdvice
{
    /// <summary>What the adviser records.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="GivenById">The adviser's register id.</param>
    /// <param name="StaffId">The member of staff it is about.</param>
    /// <param name="OtherPersonId">The pupil's parent or family member.</param>
    /// <param name="MayConnect">The advice is to go ahead, or no conflict of interest is likely.</param>
    /// <param name="Note">What was said; required for a conflict-of-interest assessment, whose reason every check quotes.</param>
    /// <param name="HoldRequestId">An open hold request for the pair this settles, if any.</param>
    public sealed record Request(long OrganisationId, long GivenById, long StaffId, long OtherPersonId, bool MayConnect, string? Note, long? HoldRequestId = null);

    /// <summary>The recorded advice and, when it settled one, the hold request and the check asked again; or the reasons it was refused.</summary>
    /// <param name="Advice">The advice as recorded; null when refused.</param>
    /// <param name="Hold">The hold request it settled.</param>
    /// <param name="Recheck">The held question asked again, as recorded.</param>
    /// <param name="Errors">Field → message (the empty key for the request as a whole); empty when recorded.</param>
    public sealed record Result(ConnectionAdviceRecord? Advice, ConnectionHoldRequest? Hold, ConnectionDecisionRecord? Recheck, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the advice was recorded.</summary>
        public bool Succeeded => Advice is not null;
    }

    /// <summary>Validates and records.</summary>
    public static async Task<Result> HandleAsync(
        Request request, IOrganisationRegister organisations, IPeopleRegister people, IConnectionLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        var ports = new ConnectionPorts(organisations, people, log);
        var now = clock.GetUtcNow();
        var today = DecideConnection.Today(now);
        var (facts, errors) = await ConnectionFacts.LoadAsync(request.OrganisationId, request.StaffId, request.OtherPersonId, null, today, ports, cancellationToken).ConfigureAwait(false);
        if (facts is null)
        {
            return Refused(errors);
        }

        var rule = facts.Pack.Parameters.ParentConnection;
        ConnectionAdviceKind? kind = rule?.Mode switch
        {
            ParentConnectionMode.HoldForHeadteacherAdvice => ConnectionAdviceKind.Advice,
            ParentConnectionMode.ConflictOfInterestTest => ConnectionAdviceKind.ConflictOfInterestAssessment,
            _ => null,
        };
        if (rule is null || kind is not { } asked)
        {
            errors[string.Empty] = $"{Possessive(facts.SchoolName)} policy asks for no advice or conflict-of-interest assessment before staff connect with pupils' families; where it lets a hold or block be authorised, grant an exception instead.";
            return Refused(errors);
        }

        if (facts.Subject.Kind != ConnectionSubjectKind.PupilFamilyMember)
        {
            errors[nameof(Request.OtherPersonId)] = $"{Possessive(facts.SchoolName)} policy asks for this about pupils' parents and family; {facts.OtherName} is not recorded as one.";
        }

        // The same default the check applies when a pack names nobody, so the record counts when read.
        var role = rule.AdviceRole ?? Role.Headteacher;
        var adviser = await people.GetAsync(request.GivenById, cancellationToken).ConfigureAwait(false);
        var what = asked == ConnectionAdviceKind.Advice ? "advice" : "conflict-of-interest assessment";
        var givenAs = adviser is null ? null : ConnectionRoles.RoleActingAs(adviser, role);
        if (adviser is null || adviser.Kind != PersonKind.Staff || !ConnectionPorts.BelongsTo(adviser, facts.School))
        {
            errors[nameof(Request.GivenById)] = $"Choose a member of staff of {facts.SchoolName}.";
        }
        else if (givenAs is null)
        {
            errors[nameof(Request.GivenById)] = $"Under {Possessive(facts.SchoolName)} policy {The(role)} gives this {what} {Cite(facts.Pack, rule.Clauses)}; the register does not show {adviser.DisplayName} as {Title(role)}.";
        }
        else if (adviser.Id == request.StaffId)
        {
            errors[nameof(Request.GivenById)] = $"Nobody may record {what} on their own connections.";
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (asked == ConnectionAdviceKind.ConflictOfInterestAssessment && note is null)
        {
            errors[nameof(Request.Note)] = "Say why a conflict of interest is or is not likely: every check that reads the assessment quotes it.";
        }
        else if (note?.Length > 2000)
        {
            errors[nameof(Request.Note)] = "The note must be 2,000 characters or fewer.";
        }

        ConnectionHoldRequest? hold = null;
        ConnectionDecisionRecord? held = null;
        if (errors.Count == 0 && request.HoldRequestId is { } holdId)
        {
            (hold, held, var error) = await HoldResolution.FindOpenAsync(holdId, facts.School.School.Id, request.StaffId, request.OtherPersonId, log, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                errors[nameof(Request.HoldRequestId)] = error;
            }
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var advice = new ConnectionAdviceRecord
        {
            OrganisationId = facts.School.School.Id,
            Kind = asked,
            StaffId = facts.Staff.Id,
            OtherPersonId = request.OtherPersonId,
            GivenById = adviser!.Id,
            GivenByName = adviser.DisplayName,
            GivenAs = givenAs!.Value,
            GivenOn = today,
            MayConnect = request.MayConnect,
            Note = note,
            RecordedAt = now,
        };
        if (held is not null && HoldResolution.WouldNotSettle(facts with { Advice = [.. facts.Advice, advice] }, held, what) is { } unsettled)
        {
            errors[nameof(Request.HoldRequestId)] = unsettled;
            return Refused(errors);
        }

        advice = advice with { Id = await log.AddAdviceAsync(advice, cancellationToken).ConfigureAwait(false) };
        if (hold is null || held is null)
        {
            return new Result(advice, null, null, errors);
        }

        var (settled, recheck) = await HoldResolution.SettleAsync(hold, held, adviser, note ?? (request.MayConnect ? "Advised that it may go ahead." : "Advised against it."), null, advice.Id, ports, now, cancellationToken).ConfigureAwait(false);
        return new Result(advice, settled, recheck, errors);
    }

    private static Result Refused(Dictionary<string, string> errors) => new(null, null, null, errors);
}
