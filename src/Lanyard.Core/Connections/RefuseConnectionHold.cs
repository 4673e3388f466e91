using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// Use case: the role a hold request is addressed to says no, with a reason. Only someone the
/// register shows in that role may, never on their own connection, and only while it is open; the
/// refusal is recorded with who, when and why. (Granting goes through an exception or advice, which
/// are recorded for the pair and asked again: see <see cref="GrantConnectionException"/> and
/// <see cref="RecordConnectionAdvice"/>.)
/// </summary>
public static class RefuseConnectionHold
{
    /// <summary>What the decider records.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="HoldRequestId">The open hold request.</param>
    /// <param name="DecidedById">The decider's register id.</param>
    /// <param name="Note">Why the connection may not go ahead.</param>
    public sealed record Request(long OrganisationId, long HoldRequestId, long DecidedById, string? Note);

    /// <summary>The refused request, or the reasons it could not be refused.</summary>
    /// <param name="Hold">The request as now recorded; null when not refused.</param>
    /// <param name="Errors">Field → message; empty when refused.</param>
    public sealed record Result(ConnectionHoldRequest? Hold, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the request was refused.</summary>
        public bool Succeeded => Hold is not null;
    }

    /// <summary>Validates and records.</summary>
    public static async Task<Result> HandleAsync(Request request, IOrganisationRegister organisations, IPeopleRegister people, IConnectionLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var hold = await log.GetHoldAsync(request.HoldRequestId, cancellationToken).ConfigureAwait(false);
        if (hold is null || hold.OrganisationId != request.OrganisationId)
        {
            errors[nameof(Request.HoldRequestId)] = $"No hold request {request.HoldRequestId} is open at this school.";
            return new Result(null, errors);
        }

        if (hold.WhyNot(ConnectionHoldState.Refused) is { } why)
        {
            errors[nameof(Request.HoldRequestId)] = why;
        }

        var school = await SchoolInContext.FindAsync(hold.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        var decider = await people.GetAsync(request.DecidedById, cancellationToken).ConfigureAwait(false);
        if (decider is null || decider.Kind != PersonKind.Staff || school is null || !ConnectionPorts.BelongsTo(decider, school))
        {
            errors[nameof(Request.DecidedById)] = $"Choose a member of staff of {school?.School.Name ?? "this school"}.";
        }
        else if (!ConnectionRoles.ActsAs(decider, hold.AddressedTo))
        {
            errors[nameof(Request.DecidedById)] = $"This request is for {The(hold.AddressedTo)} to decide; the register does not show {decider.DisplayName} as {Title(hold.AddressedTo)}.";
        }
        else if (decider.Id == hold.StaffId)
        {
            errors[nameof(Request.DecidedById)] = "Nobody may decide a hold request on their own connection.";
        }

        if (string.IsNullOrWhiteSpace(request.Note))
        {
            errors[nameof(Request.Note)] = "Say why the connection may not go ahead: the reason is recorded with the request.";
        }
        else if (request.Note.Trim().Length > 2000)
        {
            errors[nameof(Request.Note)] = "The note must be 2,000 characters or fewer.";
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var refused = hold.Decide(ConnectionHoldState.Refused, decider!.Id, decider.DisplayName, clock.GetUtcNow(), request.Note);
        await log.SaveDecidedHoldAsync(refused, cancellationToken).ConfigureAwait(false);
        return new Result(refused, errors);
    }
}
