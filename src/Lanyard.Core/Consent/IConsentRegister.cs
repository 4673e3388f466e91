using Lanyard.Core.Checking.Pupils;

namespace Lanyard.Core.Consent;

/// <summary>Where consent is kept. Implemented over a real database in Lanyard.Data.</summary>
public interface IConsentRegister
{
    /// <summary>Every entry for an organisation's pupils in a school year.</summary>
    Task<IReadOnlyList<ConsentEntry>> ListAsync(long organisationId, SchoolYear year, CancellationToken cancellationToken);

    /// <summary>Records an entry, replacing any earlier one for the same pupil, year and channel.</summary>
    Task SaveAsync(ConsentEntry entry, DateTimeOffset recordedAt, CancellationToken cancellationToken);
}
