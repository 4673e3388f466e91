using System.Globalization;
using Lanyard.Cli.Tests.Audit;
using Lanyard.Core.People;
using Lanyard.Data;
using Npgsql;

namespace Lanyard.Cli.Tests.Cases;

/// <summary>
/// A scripted casework session on PostgreSQL. The CLI finds PostgreSQL and the evidence folder
/// through the environment, which is process-wide, so this runs in the collection that runs alone.
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class CasesCommandPostgresTests : IAsyncLifetime
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly DirectoryInfo _evidence = Directory.CreateTempSubdirectory("lanyard-cli-cases-evidence-");
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
        await DemoSchools.SeedAsync(database);
    }

    public async Task DisposeAsync()
    {
        _evidence.Delete(recursive: true);
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private CliRun Run(params string[] args)
    {
        Environment.SetEnvironmentVariable("Database__Provider", "Postgres");
        Environment.SetEnvironmentVariable("Database__ConnectionString", _connectionString);
        Environment.SetEnvironmentVariable("Evidence__Path", _evidence.FullName);
        try
        {
            return CliRun.Of(args);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("Database__ConnectionString", null);
            Environment.SetEnvironmentVariable("Evidence__Path", null);
        }
    }

    [Fact]
    public async Task ScriptedSession_OnPostgres_StepsRefusesHidesAndKeepsTheAuditLogIntact()
    {
        await using var database = new PostgresDatabase(_connectionString);
        var parent = await DemoSchools.FirstAsync(database, "Heathcoat Primary School", PersonKind.Parent);
        const string Head = "head@heathcoat.demo";

        var id = CasesCommandTests.CaseIdOf(Run("cases", "report", "--as", Head, "--school", "Heathcoat Primary School", "--type", "parent-post",
            "--summary", "A parent's post names a teacher", "--party", $"person:{parent.Id}:alleged-perpetrator")).ToString(CultureInfo.InvariantCulture);
        Run("cases", "step", id, "initial-assessment", "--as", Head).ExitCode.ShouldBe(0);
        var illegal = Run("cases", "step", id, "written-warning", "--as", Head);
        var safeguarding = CasesCommandTests.CaseIdOf(Run("cases", "report", "--as", "dsl@heathcoat.demo", "--school", "Heathcoat Primary School",
            "--type", "safeguarding-concern", "--summary", "A pupil's post worries a teacher")).ToString(CultureInfo.InvariantCulture);
        var image = Path.Combine(_evidence.FullName, "..", $"{_schema}.png");
        await File.WriteAllBytesAsync(image, [1, 2, 3]);
        var indecent = Run("cases", "evidence", "add", safeguarding, "--as", "dsl@heathcoat.demo", "--kind", "physical", "--indecent-image", "--file", image,
            "--description", "A phone", "--location", "Safe", "--key-holder", "Head");
        File.Delete(image);
        var hidden = Run("cases", "show", safeguarding, "--as", "teacher@heathcoat.demo");
        var show = Run("cases", "show", id, "--as", Head);

        illegal.ExitCode.ShouldBe(1);
        illegal.Error.ShouldContain("'written-warning' is not allowed while the case is triaged. Allowed now: ");
        indecent.ExitCode.ShouldBe(1);
        indecent.Error.ShouldContain("Indecent images of children are never uploaded");
        Directory.EnumerateFileSystemEntries(_evidence.FullName).ShouldBeEmpty();
        hidden.ExitCode.ShouldBe(1);
        hidden.Error.ShouldBe($"No case {safeguarding}.{Environment.NewLine}");
        show.ExitCode.ShouldBe(0, show.Error);
        show.Output.ShouldContain("Stage: triaged");
        show.Output.ShouldContain("discuss-with-parent [heathcoat.parents.08]");
        var verify = Run("audit", "verify");
        verify.ExitCode.ShouldBe(0, verify.Error);
        verify.Output.ShouldStartWith("audit log intact: ");
    }
}
