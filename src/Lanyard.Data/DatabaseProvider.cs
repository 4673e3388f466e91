namespace Lanyard.Data;

/// <summary>Which database engine holds Lanyard's registers (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one SQLite file under the app's data folder.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for trusts that outgrow one machine; the connection string comes from configuration.</summary>
    Postgres,
}
