using System.Globalization;
using System.Text.Json;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Data;
using Lanyard.Data.Migrations;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Cli.Tests.Governance;

/// <summary><c>lanyard governance due</c> and <c>history</c> on a real SQLite file.</summary>
public sealed class GovernanceCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-cli-");
    private string Db => Path.Combine(_folder.FullName, "lanyard.db");
    private long _testbourne;

    public async Task InitializeAsync()
    {
        var database = new SqliteDatabase(Db);
        await DatabaseMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None);
        await using var work = new UnitOfWork(database);
        var organisations = new OrganisationStore(work);
        _testbourne = (await organisations.AddAsync(new NewOrganisation("Testbourne Community School", OrganisationLevel.School, null, "testbourne"), CancellationToken.None)).Id;
        await organisations.AddAsync(new NewOrganisation("St Mary's", OrganisationLevel.School, null, "st-marys-sefton"), CancellationToken.None);
        await new PeopleStore(work).AddAsync(new Person { OrganisationId = _testbourne, Kind = PersonKind.Staff, GivenName = "Tom", FamilyName = "Teacher", Roles = [StaffRole.Teacher] }, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Due_PrintsEachOrganisation_AndExitsZero()
    {
        var run = CliRun.Of("governance", "due", "--database", Db);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Testbourne Community School (#");
        run.Output.ShouldContain("testbourne version 1.1.0");
        run.Output.ShouldContain("review: OVERDUE");
        run.Output.ShouldContain("declarations: 0 of 1 up to date (0%), 1 outstanding");
        run.Output.ShouldContain("review: no review cycle set");
        run.Output.ShouldContain("declarations: not required. The policy says nothing about staff declarations");
    }

    [Fact]
    public async Task Due_Notify_QueuesTheOverdueReviewReminderForTheHead_Once()
    {
        await using (var work = new UnitOfWork(new SqliteDatabase(Db)))
        {
            await new PeopleStore(work).AddAsync(new Person { OrganisationId = _testbourne, Kind = PersonKind.Staff, GivenName = "Hana", FamilyName = "Head", Roles = [StaffRole.Headteacher] }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        var first = CliRun.Of("governance", "due", "--notify", "--database", Db);
        var second = CliRun.Of("governance", "due", "--notify", "--database", Db);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("review reminders queued: 1 (Policy review overdue since ");
        second.Output.ShouldContain("review reminders: none to send today");
        CliRun.Of("governance", "due", "--database", Db).Output.ShouldNotContain("review reminders");
    }

    [Fact]
    public void Due_Json_IsParseable_WithOneEntryPerOrganisation()
    {
        var run = CliRun.Of("governance", "due", "--json", "--database", Db);

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var organisations = json.RootElement.GetProperty("organisations");
        organisations.GetArrayLength().ShouldBe(2);
        organisations.EnumerateArray().Select(o => o.GetProperty("packId").GetString()).ShouldBe(["st-marys-sefton", "testbourne"]);
    }

    [Fact]
    public void History_BeforeAnyVersion_ShowsTheShippedPackInForce()
    {
        var run = CliRun.Of("governance", "history", "--org", _testbourne.ToString(CultureInfo.InvariantCulture), "--database", Db);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("Testbourne Community School: testbourne, version 1.1.0 in force (the shipped pack)");
    }
}
