using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Governance;

/// <summary>The policy review tasks, on either provider, inside the request's unit of work.</summary>
public sealed class ReviewTaskStore : IReviewTaskRegister
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public ReviewTaskStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<long> AddAsync(ReviewTask task, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        return _work.InsertAsync(
            "INSERT INTO review_tasks (organisation_id, pack_id, pack_version, kind, trigger_event, clause_id, title, description, assignee_role, reviewer, " +
            "raised_on, due_on, state, closed_on, closed_by_person_id, closed_by_name, outcome, account_id, case_id, recorded_at) " +
            "VALUES (@OrganisationId, @PackId, @PackVersion, @Kind, @Trigger, @ClauseId, @Title, @Description, @AssigneeRole, @Reviewer, " +
            "@RaisedOn, @DueOn, @State, @ClosedOn, @ClosedByPersonId, @ClosedByName, @Outcome, @AccountId, @CaseId, @RecordedAt)",
            new
            {
                task.OrganisationId,
                task.PackId,
                task.PackVersion,
                Kind = YamlNaming.Kebab(task.Kind),
                Trigger = task.Trigger is { } trigger ? YamlNaming.Kebab(trigger) : null,
                task.ClauseId,
                task.Title,
                task.Description,
                AssigneeRole = task.AssigneeRole is { } role ? YamlNaming.Kebab(role) : null,
                task.Reviewer,
                task.RaisedOn,
                task.DueOn,
                State = YamlNaming.Kebab(task.State),
                task.ClosedOn,
                task.ClosedByPersonId,
                task.ClosedByName,
                task.Outcome,
                task.AccountId,
                task.CaseId,
                RecordedAt = recordedAt,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewTask>> ListOpenAsync(long organisationId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<TaskRow>(
            "SELECT id AS Id, organisation_id AS OrganisationId, pack_id AS PackId, pack_version AS PackVersion, kind AS Kind, trigger_event AS TriggerEvent, " +
            "clause_id AS ClauseId, title AS Title, description AS Description, assignee_role AS AssigneeRole, reviewer AS Reviewer, raised_on AS RaisedOn, " +
            "due_on AS DueOn, state AS State, closed_on AS ClosedOn, closed_by_person_id AS ClosedByPersonId, closed_by_name AS ClosedByName, " +
            "outcome AS Outcome, account_id AS AccountId, case_id AS CaseId FROM review_tasks WHERE organisation_id = @OrganisationId AND state = 'open' ORDER BY raised_on, id",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToTask())];
    }

    /// <inheritdoc />
    public async Task CloseAsync(long taskId, DateOnly closedOn, long? closedByPersonId, string? closedByName, string outcome, CancellationToken cancellationToken)
    {
        var changed = await _work.ExecuteAsync(
            "UPDATE review_tasks SET state = 'closed', closed_on = @ClosedOn, closed_by_person_id = @ClosedByPersonId, closed_by_name = @ClosedByName, outcome = @Outcome " +
            "WHERE id = @Id AND state = 'open'",
            new { Id = taskId, ClosedOn = closedOn, ClosedByPersonId = closedByPersonId, ClosedByName = closedByName, Outcome = outcome },
            cancellationToken).ConfigureAwait(false);
        if (changed != 1)
        {
            throw new InvalidOperationException($"Review task {taskId} is not open.");
        }
    }

    private static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    // A class with settable properties, not a positional record: Dapper converts column types into
    // properties (SQLite integers are 64-bit, PostgreSQL's 32-bit) but matches constructors exactly.
    private sealed class TaskRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public string PackId { get; init; } = "";

        public string PackVersion { get; init; } = "";

        public string Kind { get; init; } = "";

        public string? TriggerEvent { get; init; }

        public string? ClauseId { get; init; }

        public string Title { get; init; } = "";

        public string Description { get; init; } = "";

        public string? AssigneeRole { get; init; }

        public string? Reviewer { get; init; }

        public DateOnly RaisedOn { get; init; }

        public DateOnly? DueOn { get; init; }

        public string State { get; init; } = "";

        public DateOnly? ClosedOn { get; init; }

        public long? ClosedByPersonId { get; init; }

        public string? ClosedByName { get; init; }

        public string? Outcome { get; init; }

        public long? AccountId { get; init; }

        public long? CaseId { get; init; }

        public ReviewTask ToTask() => new()
        {
            Id = Id,
            OrganisationId = OrganisationId,
            PackId = PackId,
            PackVersion = PackVersion,
            Kind = Parse<ReviewTaskKind>(Kind),
            Trigger = TriggerEvent is { } trigger ? Parse<ReviewTrigger>(trigger) : null,
            ClauseId = ClauseId,
            Title = Title,
            Description = Description,
            AssigneeRole = AssigneeRole is { } role ? Parse<Role>(role) : null,
            Reviewer = Reviewer,
            RaisedOn = RaisedOn,
            DueOn = DueOn,
            State = Parse<ReviewTaskState>(State),
            ClosedOn = ClosedOn,
            ClosedByPersonId = ClosedByPersonId,
            ClosedByName = ClosedByName,
            Outcome = Outcome,
            AccountId = AccountId,
            CaseId = CaseId,
        };
    }
}
