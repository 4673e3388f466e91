using System.CommandLine;
using Lanyard.Data;
using Lanyard.Data.Casework;
using Lanyard.Data.Migrations;

namespace Lanyard.Cli.Registers;

/// <summary>
/// The database a register command works on, and the one transaction each command runs in: the
/// command's work is committed only when it succeeds (exit code 0), so a failed import, a refused
/// request or an exception leaves the database exactly as it was. The schema is brought up to date
/// first, as the web app does at start-up.
/// </summary>
internal static class CliDatabase
{
    public const int DataError = 65;
    public const int UsageError = 64;

    /// <summary><c>--database FILE</c>: the SQLite file (the web app's is src/Lanyard.Web/App_Data/lanyard.db).</summary>
    public static Option<string?> Option() => new("--database")
    {
        Description = "The SQLite database file. Or set Database__Provider=Postgres and Database__ConnectionString in the environment.",
    };

    /// <summary>Opens the database the option or the environment names, or explains what is missing.</summary>
    public static IDatabase? Open(string? path, TextWriter error)
    {
        var provider = Environment.GetEnvironmentVariable("Database__Provider");
        var connectionString = Environment.GetEnvironmentVariable("Database__ConnectionString");
        path ??= Environment.GetEnvironmentVariable("Database__SqlitePath");
        var postgres = string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase);
        if (!postgres && string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine("Say which database: --database FILE (SQLite), or Database__Provider=Postgres with Database__ConnectionString.");
            return null;
        }

        try
        {
            return DatabaseSettings.Create(provider, path ?? string.Empty, connectionString);
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The evidence files: <c>Evidence__Path</c>, or the <c>evidence</c> folder beside the SQLite file.
    /// With PostgreSQL there is no such file and the CLI cannot know the web app's data folder, so
    /// <c>Evidence__Path</c> is required; null (with the reason written) when it is missing.
    /// </summary>
    public static FileEvidenceFiles? EvidenceFiles(IDatabase database, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configured = Environment.GetEnvironmentVariable("Evidence__Path");
        if (database is not SqliteDatabase && string.IsNullOrWhiteSpace(configured))
        {
            error.WriteLine("With PostgreSQL, set Evidence__Path to the web app's evidence folder (its Evidence:Path setting).");
            return null;
        }

        return new FileEvidenceFiles(EvidenceSettings.Root(configured, database, Environment.CurrentDirectory, Environment.CurrentDirectory));
    }

    /// <summary>Migrates, runs the command in one unit of work, and commits only on exit code 0.</summary>
    public static async Task<int> RunAsync(IDatabase database, TextWriter error, Func<UnitOfWork, Task<int>> command)
    {
        try
        {
            await DatabaseMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        }
        catch (MigrationFailedException ex)
        {
            error.WriteLine($"The database could not be brought up to date: {ex.Message}");
            return DataError;
        }

        await using var work = new UnitOfWork(database);
        var exit = await command(work).ConfigureAwait(false);
        if (exit == 0)
        {
            await work.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return exit;
    }
}
