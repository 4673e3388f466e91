using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Data;
using Lanyard.Data.Migrations;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Cli.Tests.Registers;

/// <summary><c>lanyard roster import</c> on a real SQLite file: one transaction per command.</summary>
public sealed class RosterCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-cli-");
    private string Db => Path.Combine(_folder.FullName, "lanyard.db");
    private long _school;

    public async Task InitializeAsync()
    {
        var database = new SqliteDatabase(Db);
        await DatabaseMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None);
        await using var work = new UnitOfWork(database);
        _school = (await new OrganisationStore(work).AddAsync(new NewOrganisation("Testbourne Community School", OrganisationLevel.School, null, "testbourne"), CancellationToken.None)).Id;
        await work.CommitAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private string Csv(string text)
    {
        var path = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<IReadOnlyList<Person>> PupilsAsync()
    {
        await using var work = new UnitOfWork(new SqliteDatabase(Db));
        return await new PeopleStore(work).ListAsync(_school, PersonKind.Pupil, CancellationToken.None);
    }

    [Fact]
    public async Task Import_GoodFile_AddsPupilsAndCommits()
    {
        var run = CliRun.Of("roster", "import", "--school", "Testbourne Community School", "--database", Db, Csv("UPN,Forename,Surname,DOB\nA1,Ella,Price,01/03/2014\nA2,Sam,Hill,02/04/2014\n"));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("Testbourne Community School: 2 added, 0 changed, 0 unchanged, 0 not in the file.");
        (await PupilsAsync()).Select(p => p.MisId).ShouldBe(["A2", "A1"], ignoreOrder: true);
    }

    [Fact]
    public async Task Import_BadRow_NamesLineAndColumn_ExitsWithDataError_AndWritesNothing()
    {
        var run = CliRun.Of("roster", "import", "--school", _school.ToString(System.Globalization.CultureInfo.InvariantCulture), "--database", Db, Csv("UPN,Forename,Surname,DOB\nA1,Ella,Price,01/03/2014\nA2,Sam,Hill,31/04/2014\n"));

        run.ExitCode.ShouldBe(65);
        run.Error.ShouldContain("line 3, column 13: date_of_birth '31/04/2014' is not a date");
        run.Error.ShouldContain("Nothing was imported.");
        (await PupilsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public void Import_UnknownSchool_ListsTheSchools()
    {
        var run = CliRun.Of("roster", "import", "--school", "Nowhere", "--database", Db, Csv("UPN,Forename,Surname\nA1,Ella,Price\n"));

        run.ExitCode.ShouldBe(64);
        run.Error.ShouldContain("No school 'Nowhere' in the register. Schools:");
        run.Error.ShouldContain("Testbourne Community School");
    }

    [Fact]
    public void Import_NoDatabaseNamed_SaysHowToNameOne()
    {
        var run = CliRun.Of("roster", "import", "--school", "x", Csv("UPN,Forename,Surname\nA1,Ella,Price\n"));

        run.ExitCode.ShouldBe(64);
        run.Error.ShouldContain("Say which database");
    }
}
