namespace Lanyard.Core.Governance;

/// <summary>Where policy review tasks are kept. Implemented over a real database in Lanyard.Data.</summary>
public interface IReviewTaskRegister
{
    /// <summary>Stores a task, stamped with when it was recorded; returns its id.</summary>
    Task<long> AddAsync(ReviewTask task, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>An organisation's open tasks, oldest first.</summary>
    Task<IReadOnlyList<ReviewTask>> ListOpenAsync(long organisationId, CancellationToken cancellationToken);

    /// <summary>Closes an open task with the review's outcome and who approved it.</summary>
    Task CloseAsync(long taskId, DateOnly closedOn, long? closedByPersonId, string? closedByName, string outcome, CancellationToken cancellationToken);
}
