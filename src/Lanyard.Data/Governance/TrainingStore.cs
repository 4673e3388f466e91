using Lanyard.Core.Governance;

namespace Lanyard.Data.Governance;

/// <summary>Training sessions and attendance, on either provider, inside the request's unit of work.</summary>
public sealed class TrainingStore : ITrainingRegister
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public TrainingStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<long> AddAsync(TrainingSession session, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = await _work.InsertAsync(
            "INSERT INTO training_sessions (organisation_id, held_on, title, provider, recorded_by_person_id, recorded_at) " +
            "VALUES (@OrganisationId, @HeldOn, @Title, @Provider, @RecordedByPersonId, @RecordedAt)",
            new { session.OrganisationId, session.HeldOn, session.Title, session.Provider, session.RecordedByPersonId, RecordedAt = recordedAt },
            cancellationToken).ConfigureAwait(false);
        foreach (var personId in session.Attendees.Distinct())
        {
            await _work.ExecuteAsync(
                "INSERT INTO training_attendance (session_id, person_id) VALUES (@SessionId, @PersonId)",
                new { SessionId = id, PersonId = personId },
                cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TrainingSession>> ListAsync(long organisationId, CancellationToken cancellationToken)
    {
        var sessions = await _work.QueryAsync<SessionRow>(
            "SELECT id AS Id, organisation_id AS OrganisationId, held_on AS HeldOn, title AS Title, provider AS Provider, recorded_by_person_id AS RecordedByPersonId " +
            "FROM training_sessions WHERE organisation_id = @OrganisationId ORDER BY held_on, id",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        var attendance = await _work.QueryAsync<AttendanceRow>(
            "SELECT a.session_id AS SessionId, a.person_id AS PersonId FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id " +
            "WHERE s.organisation_id = @OrganisationId ORDER BY a.session_id, a.person_id",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        return [.. sessions.Select(s => new TrainingSession
        {
            Id = s.Id,
            OrganisationId = s.OrganisationId,
            HeldOn = s.HeldOn,
            Title = s.Title,
            Provider = s.Provider,
            RecordedByPersonId = s.RecordedByPersonId,
            Attendees = [.. attendance.Where(a => a.SessionId == s.Id).Select(a => a.PersonId)],
        })];
    }

    // Classes with settable properties, not positional records (see ReviewTaskStore).
    private sealed class SessionRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public DateOnly HeldOn { get; init; }

        public string Title { get; init; } = "";

        public string Provider { get; init; } = "";

        public long RecordedByPersonId { get; init; }
    }

    private sealed class AttendanceRow
    {
        public long SessionId { get; init; }

        public long PersonId { get; init; }
    }
}
