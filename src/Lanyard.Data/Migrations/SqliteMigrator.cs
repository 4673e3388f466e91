using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Lanyard.Data.Migrations;

/// <summary>
/// Brings a SQLite database up to the current schema. Pending scripts run in version order inside
/// one transaction, each recorded in <c>schema_migrations</c>; if any fails, the transaction is
/// rolled back, so the database is exactly as it was, and the error names the script.
/// </summary>
public static class SqliteMigrator
{
    private const string ResourcePrefix = "Lanyard.Data.Migrations.Sqlite.";

    /// <summary>The shipped scripts, in order.</summary>
    public static IReadOnlyList<Migration> Shipped { get; } = LoadShipped();

    /// <summary>Applies the shipped scripts; returns the versions applied now.</summary>
    public static Task<IReadOnlyList<string>> MigrateAsync(SqliteDatabase database, TimeProvider clock, CancellationToken cancellationToken) =>
        MigrateAsync(database, Shipped, clock, cancellationToken);

    /// <summary>Applies the given scripts (tests pass their own to prove a failure changes nothing).</summary>
    /// <exception cref="MigrationFailedException">A script failed; nothing was applied.</exception>
    public static async Task<IReadOnlyList<string>> MigrateAsync(SqliteDatabase database, IReadOnlyList<Migration> migrations, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(clock);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
            transaction: transaction).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<string>("SELECT version FROM schema_migrations", transaction: transaction).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
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
            catch (SqliteException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw new MigrationFailedException(migration.Version + ".sql", ex.Message, ex);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return appliedNow;
    }

    private static List<Migration> LoadShipped()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Migration(n[ResourcePrefix.Length..^".sql".Length], reader.ReadToEnd());
            })];
    }
}
