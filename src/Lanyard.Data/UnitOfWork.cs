using System.Data.Common;
using Dapper;

namespace Lanyard.Data;

/// <summary>
/// The one transaction of a web request or CLI command. Stores run every statement through it; the
/// host commits once when the request's work succeeded (a Razor Pages filter, an endpoint filter, the
/// CLI's command runner). Disposed without a commit, everything is rolled back, so an error half-way
/// through a request leaves no partial writes. The connection opens lazily: a request that never
/// touches the database never opens one.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly IDatabase _database;
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    /// <summary>A unit of work over the given database.</summary>
    public UnitOfWork(IDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The engine, for the few statements whose dialect differs.</summary>
    public DatabaseProvider Provider => _database.Provider;

    /// <summary>Whether a transaction is open (something has run since the last commit).</summary>
    public bool IsActive => _transaction is not null;

    /// <summary>Runs a query and maps each row.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
        var rows = await transaction.Connection!.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>Runs a query expected to return at most one row.</summary>
    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.Connection!.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Runs a query that returns one value.</summary>
    public async Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.Connection!.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Runs a statement; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.Connection!.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs an <c>INSERT</c> into a table whose key is a generated <c>id</c> and returns the new id.
    /// PostgreSQL reads it with <c>RETURNING</c>; SQLite with <c>last_insert_rowid()</c>, because
    /// a <c>RETURNING</c> row read through a scalar call is never stepped to the statement's end,
    /// which is where SQLite reports a foreign-key violation.
    /// </summary>
    public Task<long> InsertAsync(string insertSql, object? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(insertSql);
        var sql = Provider == DatabaseProvider.Postgres
            ? insertSql + " RETURNING id"
            : insertSql + "; SELECT last_insert_rowid();";
        return ExecuteScalarAsync<long>(sql, parameters, cancellationToken);
    }

    /// <summary>Commits what has run so far; later statements start a new transaction.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            return;
        }

        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
        _transaction = null;
    }

    /// <summary>Rolls back what has run since the last commit.</summary>
    public async Task RollbackAsync()
    {
        if (_transaction is null)
        {
            return;
        }

        await _transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
        _transaction = null;
    }

    /// <summary>Rolls back anything uncommitted and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await RollbackAsync().ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    private async Task<DbTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            return _transaction;
        }

        _connection ??= await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return _transaction;
    }
}
