using System.Data.Common;

namespace Lanyard.Data;

/// <summary>
/// A database Lanyard can open connections to. Stores never open connections themselves: they go
/// through the request's <see cref="UnitOfWork"/>, which owns the one transaction.
/// </summary>
public interface IDatabase
{
    /// <summary>The engine behind this database; stores choose dialect-specific SQL by it.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>Where the data lives, safe to log: a file path, or host/port/database without credentials.</summary>
    string Description { get; }

    /// <summary>Opens a new connection, configured (foreign keys, journalling, search path) and ready.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
