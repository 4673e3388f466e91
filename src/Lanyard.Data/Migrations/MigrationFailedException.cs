namespace Lanyard.Data.Migrations;

/// <summary>A schema script failed; the database was left as it was before any pending script ran.</summary>
public sealed class MigrationFailedException : Exception
{
    /// <summary>Creates the exception for a failed script.</summary>
    public MigrationFailedException(string script, string databaseMessage, Exception inner)
        : base($"Migration {script} failed and nothing was applied: {databaseMessage}", inner)
    {
        Script = script;
        DatabaseMessage = databaseMessage;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public MigrationFailedException(string message)
        : base(message)
    {
        Script = string.Empty;
        DatabaseMessage = message;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MigrationFailedException(string message, Exception inner)
        : base(message, inner)
    {
        Script = string.Empty;
        DatabaseMessage = message;
    }

    /// <summary>Creates the exception without detail.</summary>
    public MigrationFailedException()
        : this("A migration failed.")
    {
    }

    /// <summary>The script that failed.</summary>
    public string Script { get; }

    /// <summary>What the database said.</summary>
    public string DatabaseMessage { get; }
}
