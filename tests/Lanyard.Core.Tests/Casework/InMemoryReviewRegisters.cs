using Lanyard.Core.Governance;

namespace Lanyard.Core.Tests.Casework;

/// <summary>Review tasks in memory: what closing a case may open.</summary>
internal sealed class InMemoryReviewTasks : IReviewTaskRegister
{
    public List<ReviewTask> Tasks { get; } = [];

    public Task<long> AddAsync(ReviewTask task, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var id = Tasks.Count + 1L;
        Tasks.Add(task with { Id = id });
        return Task.FromResult(id);
    }

    public Task<IReadOnlyList<ReviewTask>> ListOpenAsync(long organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReviewTask>>([.. Tasks.Where(t => t.OrganisationId == organisationId && t.State == ReviewTaskState.Open)]);

    public Task CloseAsync(long taskId, DateOnly closedOn, long? closedByPersonId, string? closedByName, string outcome, CancellationToken cancellationToken)
    {
        var index = Tasks.FindIndex(t => t.Id == taskId);
        Tasks[index] = Tasks[index] with { State = ReviewTaskState.Closed, ClosedOn = closedOn, ClosedByPersonId = closedByPersonId, ClosedByName = closedByName, Outcome = outcome };
        return Task.CompletedTask;
    }
}

/// <summary>
/// A policy register in memory holding no versions, so the shipped pack is the one in force. The
/// casework tests read it only; recording versions is tested over the real stores in Lanyard.Data.Tests.
/// </summary>
internal sealed class NoPolicyVersions : IPolicyVersionRegister
{
    public Task<IReadOnlyList<PolicyVersion>> ListAsync(long organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PolicyVersion>>([]);

    public Task<PolicyVersion?> GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult<PolicyVersion?>(null);

    public Task<long> AddAsync(PolicyVersion version, DateTimeOffset recordedAt, CancellationToken cancellationToken) => throw Unsupported();

    public Task UpdateDraftAsync(long id, string version, string yaml, CancellationToken cancellationToken) => throw Unsupported();

    public Task AddApproverAsync(long id, PolicyApprover approver, DateTimeOffset recordedAt, CancellationToken cancellationToken) => throw Unsupported();

    public Task ApproveAsync(long id, string? approvingBody, DateOnly approvedOn, DateOnly effectiveFrom, CancellationToken cancellationToken) => throw Unsupported();

    public Task WithdrawAsync(long id, DateOnly withdrawnOn, CancellationToken cancellationToken) => throw Unsupported();

    private static NotSupportedException Unsupported() => new("Casework never writes the policy register.");
}

/// <summary>Completed policy reviews in memory, as the governance register would hold them.</summary>
internal sealed class InMemoryPolicyReviews : IPolicyReviewRegister
{
    public List<PolicyReviewRecord> Reviews { get; } = [];

    public Task<long> AddAsync(PolicyReviewRecord review, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var id = Reviews.Count + 1L;
        Reviews.Add(review with { Id = id });
        return Task.FromResult(id);
    }

    public Task<IReadOnlyList<PolicyReviewRecord>> ListAsync(long organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PolicyReviewRecord>>([.. Reviews.Where(r => r.OrganisationId == organisationId).OrderBy(r => r.CompletedOn)]);
}

/// <summary>Declarations in memory.</summary>
internal sealed class InMemoryDeclarations : IDeclarationRegister
{
    public List<DeclarationRecord> Declarations { get; } = [];

    public Task<long> AddAsync(DeclarationRecord declaration, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        Declarations.Add(declaration);
        return Task.FromResult((long)Declarations.Count);
    }

    public Task<IReadOnlyList<DeclarationRecord>> ListAsync(long organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeclarationRecord>>([.. Declarations.Where(d => d.OrganisationId == organisationId)]);
}

/// <summary>Training sessions in memory.</summary>
internal sealed class InMemoryTraining : ITrainingRegister
{
    public List<TrainingSession> Sessions { get; } = [];

    public Task<long> AddAsync(TrainingSession session, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        Sessions.Add(session);
        return Task.FromResult((long)Sessions.Count);
    }

    public Task<IReadOnlyList<TrainingSession>> ListAsync(long organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TrainingSession>>([.. Sessions.Where(s => s.OrganisationId == organisationId)]);
}
