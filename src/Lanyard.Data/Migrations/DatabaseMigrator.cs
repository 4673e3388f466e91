using System.Data.Common;
using System.Reflection;
using Dapper;

namespace Lanyard.Data.Migrations;

/// <summary>
/// Brings a database up to the current schema. Each provider has its own ordered set of SQL scripts
/// (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>) with the same version names. Pending scripts
/// run in version order inside one transaction, each recorded in <c>schema_migrations</c>; if any
/// fails, the transaction is rolled back, so the database is exactly as it was, and the error names
/// the script and carries the database's message.
/// </summary>
public static class DatabaseMigrator
{
    // Any constant will do: it only has to be the same for every Lanyard process sharing a server,
    // so two instances starting together do not run the same script twice.
    private const long PostgresMigrationLock = 0x4C616E79617264;

    /// <summary>The shipped scripts for a provider, in order.</summary>
    public static IReadOnlyList<Migration> Shipped(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => ShippedSqlite.Value,
        DatabaseProvider.Postgres => ShippedPostgres.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    private static readonly Lazy<IReadOnlyList<Migration>> ShippedSqlite = new(() => LoadShipped("Lanyard.Data.Migrations.Sqlite."));
    private static readonly Lazy<IReadOnlyList<Migration>> ShippedPostgres = new(() => LoadShipped("Lanyard.Data.Migrations.Postgres."));

    /// <summary>Applies the shipped scripts; returns the versions applied now.</summary>
    public static Task<IReadOnlyList<string>> MigrateAsync(IDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return MigrateAsync(database, Shipped(database.Provider), clock, cancellationToken);
    }

    /// <summary>Applies the given scripts (tests pass their own to prove a failure changes nothing).</summary>
    /// <exception cref="MigrationFailedException">A script failed; nothing was applied.</exception>
    public static async Task<IReadOnlyList<string>> MigrateAsync(IDatabase database, IReadOnlyList<Migration> migrations, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(clock);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@Key)", new { Key = PostgresMigrationLock }, transaction).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(
            database.Provider == DatabaseProvider.Postgres
                ? "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL)"
                : "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
            transaction: transaction).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<string>("SELECT version FROM schema_migrations", transaction: transaction).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var appliedNow = new List<string>();
        foreach (var migration in migrations.OrderBy(m => m.Version, StringComparer.Ordinal).Where(m => !applied.Contains(m.Version)))
        {
            try
            {
                await connection.ExecuteAsync(migration.Sql, transaction: transaction).ConfigureAwait(false);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (@Version, @Now)",
                    new { migration.Version, Now = now },
                    transaction).ConfigureAwait(false);
                appliedNow.Add(migration.Version);
            }
            catch (DbException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw new MigrationFailedException(migration.Version + ".sql", ex.Message, ex);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return appliedNow;
    }

    private static List<Migration> LoadShipped(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Migration(n[prefix.Length..^".sql".Length], reader.ReadToEnd());
            })];
    }
}
