using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Lanyard.Data;

/// <summary>
/// The embedded SQLite database: one file, write-ahead logging so readers never wait for the
/// writer, and foreign keys enforced on every connection.
/// </summary>
public sealed class SqliteDatabase : IDatabase
{
    private static readonly Lock InitLock = new();
    private static bool _initialised;
    private readonly string _connectionString;

    /// <summary>A database in the given file; its folder is created if missing.</summary>
    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        EnsureNativeLibrary();
        DapperTypeHandlers.Register();
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            ForeignKeys = true,
            Cache = SqliteCacheMode.Private,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public string Description => "SQLite " + Path;

    /// <summary>Opens a connection with foreign keys on and WAL journalling.</summary>
    public async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await OpenSqliteAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Microsoft.Data.Sqlite.Core needs the bundled native SQLite registered once per process.</summary>
    private static void EnsureNativeLibrary()
    {
        lock (InitLock)
        {
            if (!_initialised)
            {
                SQLitePCL.Batteries_V2.Init();
                _initialised = true;
            }
        }
    }
}
