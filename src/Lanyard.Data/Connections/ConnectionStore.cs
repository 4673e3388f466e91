using Lanyard.Core.Connections;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Connections;

/// <summary>The connection log, on either provider, inside the request's unit of work.</summary>
public sealed class ConnectionStore : IConnectionLog
{
    private readonly UnitOfWork _work;

    /// <summary>A log that runs in the given unit of work.</summary>
    public ConnectionStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<long> RecordDecisionAsync(ConnectionDecisionRecord decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return _work.InsertAsync(
            "INSERT INTO connection_decisions (organisation_id, asked_by, asked_at, asked_on, staff_id, staff_name, other_person_id, other_name, " +
            "other_date_of_birth, subject_kind, action, platform, verdict, question, reasons, notes, deciding_role, pack_id, pack_version, exception_id) " +
            "VALUES (@OrganisationId, @AskedBy, @AskedAt, @AskedOn, @StaffId, @StaffName, @OtherPersonId, @OtherName, @OtherDateOfBirth, @SubjectKind, " +
            "@Action, @Platform, @Verdict, @Question, @Reasons, @Notes, @DecidingRole, @PackId, @PackVersion, @ExceptionId)",
            new
            {
                decision.OrganisationId,
                decision.AskedBy,
                decision.AskedAt,
                decision.AskedOn,
                decision.StaffId,
                decision.StaffName,
                decision.OtherPersonId,
                decision.OtherName,
                decision.OtherDateOfBirth,
                SubjectKind = YamlNaming.Kebab(decision.SubjectKind),
                Action = YamlNaming.Kebab(decision.Action),
                decision.Platform,
                Verdict = YamlNaming.Kebab(decision.Verdict),
                decision.Question,
                Reasons = ReasonsJson.Write(decision.Reasons),
                Notes = ReasonsJson.Write(decision.Notes),
                DecidingRole = decision.DecidingRole is { } role ? YamlNaming.Kebab(role) : null,
                decision.PackId,
                decision.PackVersion,
                decision.ExceptionId,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConnectionDecisionRecord?> GetDecisionAsync(long id, CancellationToken cancellationToken) =>
        (await _work.QuerySingleOrDefaultAsync<DecisionRow>($"SELECT {DecisionRow.Columns} FROM connection_decisions WHERE id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false))?.ToRecord();

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConnectionDecisionRecord>> DecisionsAsync(long organisationId, long? staffId, int limit, CancellationToken cancellationToken)
    {
        // The id breaks ties between decisions made in the same instant (a grant and the check it triggers).
        var rows = await _work.QueryAsync<DecisionRow>(
            $"SELECT {DecisionRow.Columns} FROM connection_decisions WHERE organisation_id = @OrganisationId AND (@StaffId IS NULL OR staff_id = @StaffId) " +
            "ORDER BY asked_at DESC, id DESC LIMIT @Limit",
            new { OrganisationId = organisationId, StaffId = staffId, Limit = limit },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <inheritdoc />
    public Task<long> OpenHoldAsync(ConnectionHoldRequest hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        return _work.InsertAsync(
            "INSERT INTO connection_hold_requests (organisation_id, decision_id, staff_id, other_person_id, addressed_to, opened_at, state) " +
            "VALUES (@OrganisationId, @DecisionId, @StaffId, @OtherPersonId, @AddressedTo, @OpenedAt, @State)",
            new
            {
                hold.OrganisationId,
                hold.DecisionId,
                hold.StaffId,
                hold.OtherPersonId,
                AddressedTo = YamlNaming.Kebab(hold.AddressedTo),
                hold.OpenedAt,
                State = YamlNaming.Kebab(hold.State),
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConnectionHoldRequest?> GetHoldAsync(long id, CancellationToken cancellationToken) =>
        (await _work.QuerySingleOrDefaultAsync<HoldRow>($"SELECT {HoldRow.Columns} FROM connection_hold_requests WHERE id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false))?.ToRecord();

    /// <inheritdoc />
    public async Task<ConnectionHoldRequest?> OpenHoldForAsync(long staffId, long otherPersonId, CancellationToken cancellationToken) =>
        (await _work.QuerySingleOrDefaultAsync<HoldRow>(
            $"SELECT {HoldRow.Columns} FROM connection_hold_requests WHERE staff_id = @StaffId AND other_person_id = @OtherPersonId AND state = 'open'",
            new { StaffId = staffId, OtherPersonId = otherPersonId },
            cancellationToken).ConfigureAwait(false))?.ToRecord();

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConnectionHoldRequest>> OpenHoldsAsync(long organisationId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<HoldRow>(
            $"SELECT {HoldRow.Columns} FROM connection_hold_requests WHERE organisation_id = @OrganisationId AND state = 'open' ORDER BY opened_at, id",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <inheritdoc />
    public async Task SaveDecidedHoldAsync(ConnectionHoldRequest hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        // Only an open row is updated, so two people deciding at once cannot both win.
        var updated = await _work.ExecuteAsync(
            "UPDATE connection_hold_requests SET state = @State, decided_by_id = @DecidedById, decided_by_name = @DecidedByName, decided_at = @DecidedAt, " +
            "note = @Note, exception_id = @ExceptionId, advice_id = @AdviceId, resolving_decision_id = @ResolvingDecisionId WHERE id = @Id AND state = 'open'",
            new
            {
                hold.Id,
                State = YamlNaming.Kebab(hold.State),
                hold.DecidedById,
                hold.DecidedByName,
                hold.DecidedAt,
                hold.Note,
                hold.ExceptionId,
                hold.AdviceId,
                hold.ResolvingDecisionId,
            },
            cancellationToken).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Hold request {hold.Id} is no longer open: it was decided by someone else first.");
        }
    }

    /// <inheritdoc />
    public Task<long> AddExceptionAsync(ConnectionExceptionRecord exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return _work.InsertAsync(
            "INSERT INTO connection_exceptions (organisation_id, staff_id, other_person_id, granted_by_id, granted_by_name, granted_as, granted_on, valid_until, reason, recorded_at) " +
            "VALUES (@OrganisationId, @StaffId, @OtherPersonId, @GrantedById, @GrantedByName, @GrantedAs, @GrantedOn, @Until, @Reason, @RecordedAt)",
            new
            {
                exception.OrganisationId,
                exception.StaffId,
                exception.OtherPersonId,
                exception.GrantedById,
                exception.GrantedByName,
                GrantedAs = YamlNaming.Kebab(exception.GrantedAs),
                exception.GrantedOn,
                exception.Until,
                exception.Reason,
                exception.RecordedAt,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConnectionExceptionRecord>> ExceptionsAsync(long staffId, long otherPersonId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<ExceptionRow>(
            $"SELECT {ExceptionRow.Columns} FROM connection_exceptions WHERE staff_id = @StaffId AND other_person_id = @OtherPersonId ORDER BY id",
            new { StaffId = staffId, OtherPersonId = otherPersonId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <inheritdoc />
    public Task<long> AddAdviceAsync(ConnectionAdviceRecord advice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return _work.InsertAsync(
            "INSERT INTO connection_advice (organisation_id, kind, staff_id, other_person_id, given_by_id, given_by_name, given_as, given_on, may_connect, note, recorded_at) " +
            "VALUES (@OrganisationId, @Kind, @StaffId, @OtherPersonId, @GivenById, @GivenByName, @GivenAs, @GivenOn, @MayConnect, @Note, @RecordedAt)",
            new
            {
                advice.OrganisationId,
                Kind = YamlNaming.Kebab(advice.Kind),
                advice.StaffId,
                advice.OtherPersonId,
                advice.GivenById,
                advice.GivenByName,
                GivenAs = YamlNaming.Kebab(advice.GivenAs),
                advice.GivenOn,
                advice.MayConnect,
                advice.Note,
                advice.RecordedAt,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConnectionAdviceRecord>> AdviceAsync(long staffId, long otherPersonId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<AdviceRow>(
            $"SELECT {AdviceRow.Columns} FROM connection_advice WHERE staff_id = @StaffId AND other_person_id = @OtherPersonId ORDER BY id",
            new { StaffId = staffId, OtherPersonId = otherPersonId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }
}
