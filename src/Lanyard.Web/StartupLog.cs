namespace Lanyard.Web;

/// <summary>Start-up log messages. They name files and counts, never personal data.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database}: {Count} migration(s) applied")]
    public static partial void MigrationsApplied(ILogger logger, int count, string database);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: migration {Script} failed and the database was left as it was: {DatabaseMessage}")]
    public static partial void MigrationFailed(ILogger logger, string script, string databaseMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} organisation(s), {Pupils} pupil(s) and {SignIns} staff sign-in(s) added")]
    public static partial void DemoDataSeeded(ILogger logger, int count, int pupils, int signIns);
}
