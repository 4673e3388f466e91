namespace Lanyard.Core.Governance;

/// <summary>Where staff declarations are kept. Implemented over a real database in Lanyard.Data.</summary>
public interface IDeclarationRegister
{
    /// <summary>Stores a declaration; returns its id.</summary>
    Task<long> AddAsync(DeclarationRecord declaration, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>An organisation's declarations, oldest first.</summary>
    Task<IReadOnlyList<DeclarationRecord>> ListAsync(long organisationId, CancellationToken cancellationToken);
}
