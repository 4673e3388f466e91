using Lanyard.Core.Governance;
using Lanyard.Core.People;

namespace Lanyard.Data.Tests.Governance;

/// <summary>Training and the cross-organisation governance position, on both providers.</summary>
public class TrainingAndDueTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_roles_staff_02_TrainingRequiredNoInterval_NeverAttendedAreDue_SltRecords(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", Today);
        var slt = await school.StaffAsync("Sal", "Senior", StaffRole.Slt);
        var teacher = await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);
        var other = await school.StaffAsync("Ola", "Other", StaffRole.Teacher);
        Task<RecordTrainingSession.Result> Record(long actor, params long[] attendees) => RecordTrainingSession.HandleAsync(
            new RecordTrainingSession.Request(school.OrganisationId, actor, Today.AddDays(-1), "Social media safety", "Sal Senior", attendees), school.Ports, school.Clock, CancellationToken.None);

        var byTeacher = await Record(teacher, teacher);
        var session = await Record(slt, teacher, slt);
        var due = await TrainingDue.HandleAsync(school.OrganisationId, school.Ports, school.Clock, CancellationToken.None);

        byTeacher.Errors["actor"].ShouldContain("slt");
        session.Errors.ShouldBeEmpty();
        due.Required.ShouldBeTrue();
        due.Message.ShouldStartWith("Training is required, no interval stated (chapmanslade.roles-slt.01");
        due.Entries.Where(e => e.Due).Select(e => e.Person.Id).ShouldBe([other]);
        due.Entries.Single(e => e.Person.Id == teacher).LastAttended.ShouldBe(Today.AddDays(-1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_TrainingSilent_NotRequired(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);

        var due = await TrainingDue.HandleAsync(school.OrganisationId, school.Ports, school.Clock, CancellationToken.None);

        due.Required.ShouldBeFalse();
        due.Entries.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GovernanceDue_ListsEachOrganisation_ReviewsDeclarationsAndTraining(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var testbourne = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today, "A Testbourne");
        var chapmanslade = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", Today, "B Chapmanslade");
        var teacher = await testbourne.StaffAsync("Tom", "Teacher", StaffRole.Teacher);
        await testbourne.StaffAsync("Tia", "Teacher", StaffRole.Teacher);
        await chapmanslade.StaffAsync("Cat", "Teacher", StaffRole.Teacher);
        await testbourne.SignAsync(teacher);

        var result = await GovernanceDue.HandleAsync(new GovernanceDue.Request([testbourne.OrganisationId, chapmanslade.OrganisationId]), testbourne.Ports, testbourne.Clock, CancellationToken.None);

        result.Organisations.Select(o => o.Organisation.Name).ShouldBe(["A Testbourne", "B Chapmanslade"]);
        var t = result.Organisations[0];
        t.Review!.Status.ShouldBe(ReviewStatus.Overdue);
        t.Declarations.CompletionPercent.ShouldBe(50m);
        t.Training.Required.ShouldBeFalse();
        var c = result.Organisations[1];
        c.Declarations.OutstandingCount.ShouldBe(1);
        c.Training.DueCount.ShouldBe(1);
        c.AnythingDue.ShouldBeTrue();
    }
}
