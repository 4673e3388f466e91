using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Casework.Evidence;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Casework;

/// <summary>Text the core writes about a case gives times on the UK clock, labelled BST or GMT for that date.</summary>
public class CaseworkUkTimeTests
{
    private const long School = 20;

    [Theory]
    [InlineData(2025, 7, 1, 1, "BST")]
    [InlineData(2025, 12, 1, 0, "GMT")]
    public async Task TaskNotification_GivesTheDueTimeInUkTime(int year, int month, int day, int offsetHours, string label)
    {
        var cases = new InMemoryCaseStore();
        var outbox = new InMemoryOutbox();
        var audit = new InMemoryAuditLog();
        var people = new InMemoryPeople();
        var clock = new ManualClock(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));
        var organisations = new InMemoryOrganisations(new Organisation(School, "Chapmanslade School", OrganisationLevel.School, null, "chapmanslade"));
        var slt = people.Staff(1, School, StaffRole.Slt);
        var actor = new CaseActor(101, slt.Id, "Staff 1", School, slt.Roles);
        var reported = await ReportConcern.HandleAsync(new ReportConcern.Request(actor, School, CaseType.StaffBreach, "A member of staff posted about a pupil", null, null, [], [], null),
            organisations, people, cases, outbox, audit, clock, CancellationToken.None);
        var caseId = reported.CaseId!.Value;
        Task<TakeCaseStep.Result> Step(CaseStep step, params (string Key, string Value)[] details) =>
            TakeCaseStep.HandleAsync(new TakeCaseStep.Request(actor, caseId, step, details.ToDictionary(d => d.Key, d => d.Value), null, null),
                cases, people, organisations, outbox, audit, new EarlyReviewPorts(new NoPolicyVersions(), new InMemoryReviewTasks()), clock, CancellationToken.None);
        await Step(CaseStep.InitialAssessment);
        var before = outbox.Queued.Count;

        var result = await Step(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"), (CaseDetails.Flags, "illegal-conduct"));

        var task = result.OpenTasks.First(t => t.Step == CaseStep.ContactPolice);
        var onTheUkClock = task.Due.ToOffset(TimeSpan.FromHours(offsetHours)).ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture);
        var body = outbox.Queued.Skip(before).ShouldHaveSingleItem().Body;
        body.ShouldEndWith($"Due {onTheUkClock} {label}.");
        body.ShouldNotContain("UTC");
    }

    [Fact]
    public async Task EvidencePack_GeneratedInSummer_GivesTheTimeInBst()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("testbourne");
        var file = (await world.Cases.GetAsync(caseId, CancellationToken.None))!;

        var pack = EvidencePack.Build(file, "Testbourne Primary", EvidencePackRecipient.Police, new DateTimeOffset(2025, 7, 1, 9, 15, 0, TimeSpan.Zero), "Dana Lead");

        EvidencePackMarkdown.Render(pack).ShouldContain("- **Generated:** 2025-07-01 10:15 BST by Dana Lead");
    }

    [Theory]
    [InlineData("2025-07-31T22:59:00Z", "2025-07-01")]
    [InlineData("2025-07-31T23:30:00Z", "2025-08-01")]
    [InlineData("2025-12-31T23:30:00Z", "2025-12-01")]
    public void MonthOf_CountsTheUkMonth_ForTheGovernorsReport(string at, string month)
    {
        CaseReading.MonthOf(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)).ShouldBe(DateOnly.ParseExact(month, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
