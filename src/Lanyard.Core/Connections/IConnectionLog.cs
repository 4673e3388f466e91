namespace Lanyard.Core.Connections;

/// <summary>
/// Where connection decisions, hold requests, exceptions and advice are recorded. Implemented over a
/// real database in Lanyard.Data; every write runs in the request's one transaction.
/// </summary>
public interface IConnectionLog
{
    /// <summary>Records a decision; returns its id.</summary>
    Task<long> RecordDecisionAsync(ConnectionDecisionRecord decision, CancellationToken cancellationToken);

    /// <summary>One decision, or null.</summary>
    Task<ConnectionDecisionRecord?> GetDecisionAsync(long id, CancellationToken cancellationToken);

    /// <summary>A school's decisions, newest first, optionally for one member of staff, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ConnectionDecisionRecord>> DecisionsAsync(long organisationId, long? staffId, int limit, CancellationToken cancellationToken);

    /// <summary>Opens a hold request; returns its id.</summary>
    Task<long> OpenHoldAsync(ConnectionHoldRequest hold, CancellationToken cancellationToken);

    /// <summary>One hold request, or null.</summary>
    Task<ConnectionHoldRequest?> GetHoldAsync(long id, CancellationToken cancellationToken);

    /// <summary>The open hold request for a member of staff and a person, or null (there is at most one).</summary>
    Task<ConnectionHoldRequest?> OpenHoldForAsync(long staffId, long otherPersonId, CancellationToken cancellationToken);

    /// <summary>A school's open hold requests, oldest first.</summary>
    Task<IReadOnlyList<ConnectionHoldRequest>> OpenHoldsAsync(long organisationId, CancellationToken cancellationToken);

    /// <summary>Writes a decided hold request (state, who, when, note, what decided it).</summary>
    /// <exception cref="InvalidOperationException">It was no longer open: someone else decided it first.</exception>
    Task SaveDecidedHoldAsync(ConnectionHoldRequest hold, CancellationToken cancellationToken);

    /// <summary>Records an exception; returns its id.</summary>
    Task<long> AddExceptionAsync(ConnectionExceptionRecord exception, CancellationToken cancellationToken);

    /// <summary>Every exception recorded for a member of staff and a person, oldest first.</summary>
    Task<IReadOnlyList<ConnectionExceptionRecord>> ExceptionsAsync(long staffId, long otherPersonId, CancellationToken cancellationToken);

    /// <summary>Records advice or an assessment; returns its id.</summary>
    Task<long> AddAdviceAsync(ConnectionAdviceRecord advice, CancellationToken cancellationToken);

    /// <summary>Every piece of advice and every assessment recorded for a member of staff and a person, oldest first.</summary>
    Task<IReadOnlyList<ConnectionAdviceRecord>> AdviceAsync(long staffId, long otherPersonId, CancellationToken cancellationToken);
}
