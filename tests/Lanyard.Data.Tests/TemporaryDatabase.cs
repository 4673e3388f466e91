using Lanyard.Data.Migrations;

namespace Lanyard.Data.Tests;

/// <summary>A real SQLite file in its own temporary folder, deleted afterwards. Every test makes its own.</summary>
internal sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-db-");

    public TemporaryDatabase() => Database = new SqliteDatabase(Path.Combine(_folder.FullName, "lanyard.db"));

    public SqliteDatabase Database { get; }

    public static async Task<TemporaryDatabase> MigratedAsync()
    {
        var temporary = new TemporaryDatabase();
        await SqliteMigrator.MigrateAsync(temporary.Database, TimeProvider.System, CancellationToken.None);
        return temporary;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
