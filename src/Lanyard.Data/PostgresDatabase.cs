using System.Data.Common;
using Npgsql;

namespace Lanyard.Data;

/// <summary>
/// A PostgreSQL database reached through one pooled <see cref="NpgsqlDataSource"/>. The connection
/// string comes from configuration (<c>Database:ConnectionString</c>) or the environment; it is
/// never logged, only its host, port and database name.
/// </summary>
public sealed class PostgresDatabase : IDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>A database behind the given connection string.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or malformed.</exception>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        DapperTypeHandlers.Register();
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException("Database:ConnectionString is not a valid PostgreSQL connection string: " + ex.Message, nameof(connectionString), ex);
        }

        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}" +
            (string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $" (schema {builder.SearchPath})");
        SearchPath = builder.SearchPath;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc />
    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The schema the connection string puts first on the search path, if any.</summary>
    public string? SearchPath { get; }

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();
}
