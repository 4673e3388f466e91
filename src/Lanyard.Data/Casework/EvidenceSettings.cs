namespace Lanyard.Data.Casework;

/// <summary>
/// Where evidence files live (configuration key <c>Evidence:Path</c>). Unset, they go in an
/// <c>evidence</c> folder beside the SQLite file, so the database and its evidence are backed up
/// together; with PostgreSQL there is no such file, so they go in <c>evidence</c> under the app's data
/// folder, and a deployment with more than one web server must set <c>Evidence:Path</c> to a folder
/// they all share.
/// </summary>
public static class EvidenceSettings
{
    /// <summary>The evidence folder for the configured path (relative to <paramref name="baseFolder"/>) and database.</summary>
    public static string Root(string? configuredPath, IDatabase database, string baseFolder, string appDataFolder)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath, baseFolder);
        }

        return database is SqliteDatabase sqlite
            ? Path.Combine(Path.GetDirectoryName(sqlite.Path)!, "evidence")
            : Path.Combine(appDataFolder, "evidence");
    }
}
