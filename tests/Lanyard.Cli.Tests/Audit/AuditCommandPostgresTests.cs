using Lanyard.Data;
using Lanyard.Data.Migrations;
using Npgsql;

namespace Lanyard.Cli.Tests.Audit;

/// <summary>
/// The CLI finds PostgreSQL through the environment (Database__Provider, Database__ConnectionString),
/// which is process-wide, so these tests run alone, never beside a test that runs the CLI on SQLite.
/// </summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class AuditCommandPostgresTests : IAsyncLifetime
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private string _admin = string.Empty;
    private string _connectionString = string.Empty;

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("LANYARD_TEST_POSTGRES") is { Length: > 0 } admin
            ? admin
            : throw new InvalidOperationException("PostgreSQL tests need LANYARD_TEST_POSTGRES; ./test.sh sets it.");
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ConnectionString;
        await using var database = new PostgresDatabase(_connectionString);
        await DatabaseMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private CliRun Verify()
    {
        Environment.SetEnvironmentVariable("Database__Provider", "Postgres");
        Environment.SetEnvironmentVariable("Database__ConnectionString", _connectionString);
        try
        {
            return CliRun.Of("audit", "verify");
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("Database__ConnectionString", null);
        }
    }

    private async Task TamperAsync(string statement)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; " + statement, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Verify_Postgres_IntactThenAlteredThenGap()
    {
        await using var database = new PostgresDatabase(_connectionString);
        await AuditCommandTests.AppendAsync(database, 5);

        var intact = Verify();
        intact.ExitCode.ShouldBe(0, intact.Error);
        var last = await AuditCommandTests.LastHashAsync(database);
        intact.Output.ShouldBe($"audit log intact: 5 entries, last hash {last}{Environment.NewLine}anchor to keep outside Lanyard: 5:{last} (give it to --anchor next time){Environment.NewLine}");

        await TamperAsync("UPDATE audit_log SET actor = '99' WHERE sequence = 2");
        var altered = Verify();
        altered.ExitCode.ShouldBe(1);
        altered.Output.ShouldStartWith("audit log broken at entry 2: its contents hash to ");

        await TamperAsync("UPDATE audit_log SET actor = '42' WHERE sequence = 2; DELETE FROM audit_log WHERE sequence = 4");
        var gap = Verify();
        gap.ExitCode.ShouldBe(1);
        gap.Output.ShouldStartWith("audit log broken at entry 4: sequence 4 missing (deleted?)");
    }
}
