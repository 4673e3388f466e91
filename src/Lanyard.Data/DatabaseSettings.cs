namespace Lanyard.Data;

/// <summary>
/// Chooses and opens the configured database: <c>Database:Provider</c> = <c>Sqlite</c> (default; the
/// file <c>Database:SqlitePath</c>, relative to the data folder) or <c>Postgres</c>
/// (<c>Database:ConnectionString</c>).
/// </summary>
public static class DatabaseSettings
{
    /// <summary>Creates the database the settings describe.</summary>
    /// <param name="provider">The configured provider name; empty means SQLite.</param>
    /// <param name="sqlitePath">The SQLite file, already resolved against the data folder.</param>
    /// <param name="connectionString">The PostgreSQL connection string.</param>
    /// <exception cref="InvalidOperationException">The settings are inconsistent; the message says which key to fix.</exception>
    public static IDatabase Create(string? provider, string sqlitePath, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteDatabase(sqlitePath);
        }

        if (provider.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase) ||
            provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but Database:ConnectionString is empty; set it in appsettings or the environment variable Database__ConnectionString.");
            }

            return new PostgresDatabase(connectionString);
        }

        throw new InvalidOperationException($"Database:Provider '{provider}' is not known; use Sqlite or Postgres.");
    }
}
