namespace Lanyard.Core.Governance;

/// <summary>Where completed policy reviews are kept. Implemented over a real database in Lanyard.Data.</summary>
public interface IPolicyReviewRegister
{
    /// <summary>Stores a completed review; returns its id.</summary>
    Task<long> AddAsync(PolicyReviewRecord review, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>An organisation's completed reviews, oldest first.</summary>
    Task<IReadOnlyList<PolicyReviewRecord>> ListAsync(long organisationId, CancellationToken cancellationToken);
}
