namespace Lanyard.Core.Governance;

/// <summary>Where training sessions and attendance are kept. Implemented over a real database in Lanyard.Data.</summary>
public interface ITrainingRegister
{
    /// <summary>Stores a session with its attendees; returns its id.</summary>
    Task<long> AddAsync(TrainingSession session, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>An organisation's sessions with their attendees, oldest first.</summary>
    Task<IReadOnlyList<TrainingSession>> ListAsync(long organisationId, CancellationToken cancellationToken);
}
