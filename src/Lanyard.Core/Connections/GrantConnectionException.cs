using System.Diagnostics.CodeAnalysis;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// Use case: a DSL, deputy DSL or head teacher grants a member of staff a time-limited exception to
/// connect with one person. Who may grant is read from the register, never from the caller's claim;
/// nobody grants one for their own connections. It needs a reason and a last day, today at the
/// earliest and 12 months ahead at the latest. Whether it lifts anything is still the pack's call on
/// each check (<see cref="ExceptionGrant"/>). Given an open hold request, the exception must settle
/// it: the held question is asked again, recorded, and the request granted; an exception that would
/// not settle it (a DSL's where only the head teacher may authorise) is refused, saying why, and
/// nothing is written.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A use case named for what it does (grant a connection exception), not an Exception type; the issue and the policies call it an exception.")]
public static class GrantConnectionException
{
    /// <summary>The longest exception, in months: long enough for a season or a school year, short enough to be looked at again.</summary>
    public const int MaximumMonths = 12;

    /// <summary>What the grantor asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="GrantedById">The grantor's register id.</param>
    /// <param name="StaffId">The member of staff the exception is for.</param>
    /// <param name="OtherPersonId">The person they may connect with.</param>
    /// <param name="Until">The last day it is in force.</param>
    /// <param name="Reason">Why; shown with every check it lifts.</param>
    /// <param name="HoldRequestId">An open hold request for the pair this exception settles, if any.</param>
    /// <param name="GrantedAs">The role granted in, when the grantor holds several; by default the one that settles the hold, else head teacher, DSL, deputy DSL in that order.</param>
    public sealed record Request(long OrganisationId, long GrantedById, long StaffId, long OtherPersonId, DateOnly Until, string? Reason, long? HoldRequestId = null, StaffRole? GrantedAs = null);

    /// <summary>The recorded exception and, when it settled one, the hold request and the check asked again; or the reasons it was refused.</summary>
    /// <param name="Exception">The exception as recorded; null when refused.</param>
    /// <param name="Hold">The hold request it settled.</param>
    /// <param name="Recheck">The held question asked again, as recorded.</param>
    /// <param name="Errors">Field → message; empty when granted.</param>
    public sealed record Result(ConnectionExceptionRecord? Exception, ConnectionHoldRequest? Hold, ConnectionDecisionRecord? Recheck, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the exception was recorded.</summary>
        public bool Succeeded => Exception is not null;
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

        var grantor = await people.GetAsync(request.GrantedById, cancellationToken).ConfigureAwait(false);
        var roles = CheckGrantor(request, grantor, facts, errors);
        CheckTerms(request, today, errors);
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

        ConnectionExceptionRecord Proposed(StaffRole role) => new()
        {
            OrganisationId = facts.School.School.Id,
            StaffId = facts.Staff.Id,
            OtherPersonId = request.OtherPersonId,
            GrantedById = grantor!.Id,
            GrantedByName = grantor.DisplayName,
            GrantedAs = role,
            GrantedOn = today,
            Until = request.Until,
            Reason = request.Reason!.Trim(),
            RecordedAt = now,
        };

        var exception = Proposed(roles[0]);
        if (held is not null)
        {
            var settling = roles.Select(Proposed).FirstOrDefault(p => HoldResolution.WouldNotSettle(facts with { Exceptions = [.. facts.Exceptions, p] }, held, "exception") is null);
            if (settling is null)
            {
                errors[nameof(Request.HoldRequestId)] = HoldResolution.WouldNotSettle(facts with { Exceptions = [.. facts.Exceptions, exception] }, held, "exception")!;
                return Refused(errors);
            }

            exception = settling;
        }

        exception = exception with { Id = await log.AddExceptionAsync(exception, cancellationToken).ConfigureAwait(false) };
        if (hold is null || held is null)
        {
            return new Result(exception, null, null, errors);
        }

        var (settled, recheck) = await HoldResolution.SettleAsync(hold, held, grantor!, exception.Reason, exception.Id, null, ports, now, cancellationToken).ConfigureAwait(false);
        return new Result(exception, settled, recheck, errors);
    }

    /// <summary>The grantor's eligible roles, in the order one is chosen; records an error when there are none.</summary>
    private static List<StaffRole> CheckGrantor(Request request, Person? grantor, ConnectionFacts facts, Dictionary<string, string> errors)
    {
        if (grantor is null || grantor.Kind != PersonKind.Staff || !ConnectionPorts.BelongsTo(grantor, facts.School))
        {
            errors[nameof(Request.GrantedById)] = $"Choose a member of staff of {facts.SchoolName}.";
            return [];
        }

        var held = ConnectionRoles.Grantors.Where(grantor.Roles.Contains).ToList();
        if (held.Count == 0)
        {
            errors[nameof(Request.GrantedById)] = $"Only the DSL, a deputy DSL or the head teacher may grant an exception; the register does not show {grantor.DisplayName} in any of those roles.";
            return [];
        }

        if (request.GrantedAs is { } chosen && !held.Contains(chosen))
        {
            errors[nameof(Request.GrantedAs)] = ConnectionRoles.Grantors.Contains(chosen)
                ? $"The register does not show {grantor.DisplayName} as {Title(ConnectionRoles.ToPolicyRole(chosen))}."
                : "An exception is granted as the DSL, a deputy DSL or the head teacher.";
            return [];
        }

        if (grantor.Id == request.StaffId)
        {
            errors[nameof(Request.GrantedById)] = "Nobody may grant an exception for their own connections: ask the head teacher or another DSL.";
            return [];
        }

        return request.GrantedAs is { } role ? [role] : held;
    }

    private static void CheckTerms(Request request, DateOnly today, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors[nameof(Request.Reason)] = "Say why the exception is granted: the reason is recorded and shown with every check it lifts.";
        }
        else if (request.Reason.Trim().Length > 2000)
        {
            errors[nameof(Request.Reason)] = "The reason must be 2,000 characters or fewer.";
        }

        var latest = today.AddMonths(MaximumMonths);
        if (request.Until < today)
        {
            errors[nameof(Request.Until)] = $"An exception cannot end in the past: choose today ({Date(today)}) or a later day, up to {Date(latest)}.";
        }
        else if (request.Until > latest)
        {
            errors[nameof(Request.Until)] = $"An exception can last at most {MaximumMonths} months: choose {Date(latest)} or earlier.";
        }
    }

    private static Result Refused(Dictionary<string, string> errors) => new(null, null, null, errors);
}
