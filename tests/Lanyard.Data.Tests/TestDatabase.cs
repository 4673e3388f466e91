using Lanyard.Data.Migrations;
using Npgsql;

namespace Lanyard.Data.Tests;

/// <summary>
/// A real, empty database for one test, on either provider, removed afterwards. SQLite: a file in its
/// own temporary folder. PostgreSQL: a schema of its own inside the throwaway database that
/// <c>./test.sh</c> creates and names in <c>LANYARD_TEST_POSTGRES</c>. Every test makes its own.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the throwaway PostgreSQL database's connection string.</summary>
    public const string PostgresVariable = "LANYARD_TEST_POSTGRES";

    private readonly DirectoryInfo? _folder;
    private readonly string? _schema;
    private readonly string? _adminConnectionString;

    private TestDatabase(IDatabase database, DirectoryInfo? folder, string? schema, string? adminConnectionString)
    {
        Database = database;
        _folder = folder;
        _schema = schema;
        _adminConnectionString = adminConnectionString;
    }

    /// <summary>Both providers, for <c>[MemberData]</c>: every store test runs on each.</summary>
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>The database.</summary>
    public IDatabase Database { get; }

    /// <summary>A new unit of work over the database.</summary>
    public UnitOfWork Work() => new(Database);

    /// <summary>An empty database, with the shipped schema applied unless <paramref name="migrate"/> is false.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase created;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("lanyard-db-");
            created = new TestDatabase(new SqliteDatabase(Path.Combine(folder.FullName, "lanyard.db")), folder, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL tests need {PostgresVariable}: a connection string to a throwaway database. ./test.sh installs and starts PostgreSQL and sets it.");
            }

            var schema = "t_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
                await command.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
            created = new TestDatabase(new PostgresDatabase(builder.ConnectionString), null, schema, admin);
        }

        if (migrate)
        {
            await DatabaseMigrator.MigrateAsync(created.Database, TimeProvider.System, CancellationToken.None);
        }

        return created;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Database is PostgresDatabase postgres)
        {
            await postgres.DisposeAsync();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder?.Delete(recursive: true);
        }
    }
}
