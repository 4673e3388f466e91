using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Tests.Connections;

/// <summary>The connection check from the registers to the log, on both providers.</summary>
public class DecideConnectionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_PupilAged16_BlocksWith5d04_AndRecordsWhoWhatAndWhy(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var pupil = await world.PupilAsync("Ella", "Price", 16);

        var result = await world.AskAsync(teacher, pupil, ConnectionAction.AcceptRequest, askedBy: "s.hughes");

        result.Errors.ShouldBeEmpty();
        result.Hold.ShouldBeNull("a block is not a hold: nobody is asked to decide it");
        var recorded = (await world.DecisionsAsync()).ShouldHaveSingleItem();
        recorded.Id.ShouldBe(result.Decision!.Id);
        recorded.Verdict.ShouldBe(Verdict.Block);
        recorded.ClauseIds.ShouldContain("testbourne.5d.04");
        recorded.Reasons.Single().Explanation.ShouldContain("Ella Price is 16");
        (recorded.AskedBy, recorded.StaffId, recorded.StaffName, recorded.OtherPersonId, recorded.OtherName).ShouldBe(("s.hughes", teacher, "Sam Hughes", (long?)pupil, "Ella Price"));
        (recorded.SubjectKind, recorded.Action, recorded.Platform).ShouldBe((ConnectionSubjectKind.CurrentPupil, ConnectionAction.AcceptRequest, "Instagram"));
        (recorded.PackId, recorded.PackVersion).ShouldBe(("testbourne", "1.1.0"));
        (recorded.AskedAt, recorded.AskedOn, recorded.OtherDateOfBirth).ShouldBe((ConnectionWorld.Start, world.Today, (DateOnly?)world.BornAged(16)));
        recorded.Question.ShouldBe(result.Decision.Question);
        recorded.Reasons.Select(r => (r.Verdict, r.RuleVerdict, string.Join(",", r.ClauseIds), r.Explanation, r.DecidingRole))
            .ShouldBe(result.Decision.Reasons.Select(r => (r.Verdict, r.RuleVerdict, string.Join(",", r.ClauseIds), r.Explanation, r.DecidingRole)));
        recorded.Notes.ShouldBe(result.Decision.Notes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryDecision_AllowIncluded_IsRecorded_NewestFirst_AndPerStaffMember(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var colleague = await world.StaffAsync("Jo", "Carter", StaffRole.Teacher);
        var pupil = await world.PupilAsync("Ella", "Price", 16);

        var allowed = await world.AskAsync(teacher, colleague, ConnectionAction.Follow);
        world.Clock.Now = world.Clock.Now.AddMinutes(5);
        await world.AskAsync(colleague, pupil, ConnectionAction.Message);

        allowed.Decision!.Verdict.ShouldBe(Verdict.Allow);
        allowed.Decision.SubjectKind.ShouldBe(ConnectionSubjectKind.Colleague);
        (await world.DecisionsAsync()).Select(d => (d.StaffId, d.Verdict)).ShouldBe([(colleague, Verdict.Block), (teacher, Verdict.Allow)]);
        (await world.DecisionsAsync(teacher)).ShouldHaveSingleItem().OtherPersonId.ShouldBe(colleague);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_FormerPupil_IsJudgedFromTheLeavingDate(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var left = world.Today.AddMonths(-4);
        var seventeen = await world.PupilAsync("Kai", "Moss", 17, new DateOnly(2019, 9, 2), left);
        var twenty = await world.PupilAsync("Lea", "Moss", 20, new DateOnly(2016, 9, 2), left);
        var leavingToday = await world.PupilAsync("Max", "Moss", 16, new DateOnly(2019, 9, 2), world.Today);

        var under18 = (await world.AskAsync(teacher, seventeen, ConnectionAction.Message)).Decision!;
        var band = (await world.AskAsync(teacher, twenty, ConnectionAction.Message)).Decision!;
        var stillOnRoll = (await world.AskAsync(teacher, leavingToday, ConnectionAction.Message)).Decision!;

        (under18.SubjectKind, under18.Verdict).ShouldBe((ConnectionSubjectKind.FormerPupil, Verdict.Block));
        under18.ClauseIds.ShouldContain("testbourne.5d.04");
        (band.SubjectKind, band.Verdict).ShouldBe((ConnectionSubjectKind.FormerPupil, Verdict.Warn));
        band.ClauseIds.ShouldContain("testbourne.5d.07");
        stillOnRoll.SubjectKind.ShouldBe(ConnectionSubjectKind.CurrentPupil, "the register's leaving date is the last day on roll");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_StaffMembersNiece_FamilyTieFromTheRegister_LiftsTheBan(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var niece = await world.PupilAsync("Ella", "Hughes", 15);
        await world.TieAsync(teacher, niece, RelationshipKind.OtherFamily);

        var decision = (await world.AskAsync(teacher, niece, ConnectionAction.Message)).Decision!;

        decision.Verdict.ShouldBe(Verdict.Allow);
        decision.ClauseIds.ShouldContain("testbourne.5d.06");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cambrian_ParentFromTheTrustsSchool_PriorFriendshipDatedBeforeTheChildJoined_Warns_OtherwiseBlocks(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "cambrian");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var friend = await world.ParentOfAsync("Pat", "Jones", await world.PupilAsync("Ava", "Jones", 9, new DateOnly(2022, 9, 5)));
        var stranger = await world.ParentOfAsync("Lou", "Bird", await world.PupilAsync("Ivy", "Bird", 9, new DateOnly(2022, 9, 5)));
        await world.TieAsync(teacher, friend, RelationshipKind.PriorFriendship, new DateOnly(2015, 6, 1));

        var withFriend = (await world.AskAsync(teacher, friend, ConnectionAction.AcceptRequest)).Decision!;
        var withStranger = (await world.AskAsync(teacher, stranger, ConnectionAction.AcceptRequest)).Decision!;

        (withFriend.SubjectKind, withFriend.Verdict, withFriend.PackId).ShouldBe((ConnectionSubjectKind.PupilFamilyMember, Verdict.Warn, "cambrian"));
        withFriend.Reasons.Single().Explanation.ShouldContain("before Ava Jones joined the school on 5 September 2022");
        withStranger.Verdict.ShouldBe(Verdict.Block);
        withStranger.ClauseIds.ShouldContain("cambrian.acceptable-use.15");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cambrian_TheOtherParentOfTheStaffMembersOwnChild_SharesTheChild_SoIsAPriorRelationship(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "cambrian");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var child = await world.PupilAsync("Ava", "Hughes", 9, new DateOnly(2022, 9, 5));
        var otherParent = await world.ParentOfAsync("Pat", "Jones", child);
        await world.TieAsync(teacher, child, RelationshipKind.ParentOrCarer);

        var decision = (await world.AskAsync(teacher, otherParent, ConnectionAction.SendRequest)).Decision!;

        decision.Verdict.ShouldBe(Verdict.Warn);
        decision.Reasons.Single().Explanation.ShouldContain("Pat Jones is recorded as this member of staff's relative");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Outsider_DescribedNotChosen_IsRecordedWithNameAndDateOfBirth(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var born = world.BornAged(30);

        var result = await world.AskAsync(new DecideConnection.Request(world.SchoolId, "s.hughes", teacher, null, new DecideConnection.Outsider(" Jordan Reeve ", born), ConnectionAction.Follow, "Strava"));

        var decision = (await world.DecisionsAsync()).ShouldHaveSingleItem();
        (decision.Verdict, decision.SubjectKind, decision.OtherPersonId, decision.OtherName, decision.OtherDateOfBirth, decision.Platform)
            .ShouldBe((Verdict.Allow, ConnectionSubjectKind.OtherPerson, (long?)null, "Jordan Reeve", (DateOnly?)born, "Strava"));
        decision.Notes.ShouldContain(n => n.Contains("no link to the school", StringComparison.Ordinal));
        result.Hold.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Outsider_WhoIsAPupilOnTheRegister_IsRefused_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        await world.PupilAsync("Ella", "Price", 16);

        var result = await world.AskAsync(new DecideConnection.Request(world.SchoolId, "s.hughes", teacher, null, new DecideConnection.Outsider("ella price", world.BornAged(16)), ConnectionAction.Message, "Snapchat"));

        result.Succeeded.ShouldBeFalse();
        result.Errors["Outsider"].ShouldContain("is on the register as a pupil");
        (await world.AllRowsAsync()).ShouldBe((0, 0, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InvalidQuestions_AreRefusedWithAClearReason_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var other = await ConnectionWorld.CreateAsync(work, "chapmanslade");
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var pupil = await world.PupilAsync("Ella", "Price", 16);
        var elsewhere = await other.PupilAsync("Noah", "Webb", 12);
        var parentWithoutChildren = await world.ParentOfAsync("Pat", "Jones");

        async Task<IReadOnlyDictionary<string, string>> Errors(DecideConnection.Request request) => (await world.AskAsync(request)).Errors;
        DecideConnection.Request Ask(long staff, long? person, ConnectionAction action = ConnectionAction.Message, string? platform = "Instagram", long? school = null) =>
            new(school ?? world.SchoolId, "s.hughes", staff, person, null, action, platform);

        (await Errors(Ask(teacher, 999_999)))["OtherPersonId"].ShouldBe("Choose a person of Testbourne Community School.");
        (await Errors(Ask(teacher, elsewhere)))["OtherPersonId"].ShouldBe("Choose a person of Testbourne Community School.");
        (await Errors(Ask(pupil, teacher)))["StaffId"].ShouldBe("Ella Price is recorded as a pupil, not a member of staff: the check is about what a member of staff may do.");
        (await Errors(Ask(teacher, teacher)))["OtherPersonId"].ShouldBe("Choose someone other than the member of staff.");
        (await Errors(Ask(teacher, parentWithoutChildren)))["OtherPersonId"].ShouldContain("linked to no pupil");
        (await Errors(Ask(teacher, pupil, ConnectionAction.AnyContact)))["Action"].ShouldStartWith("Ask about one action");
        (await Errors(Ask(teacher, pupil, platform: " ")))["Platform"].ShouldStartWith("Name the platform");
        (await Errors(Ask(teacher, pupil, school: 999_999)))["OrganisationId"].ShouldBe("No school with id 999999 is in the register.");
        (await Errors(Ask(teacher, null)))["OtherPersonId"].ShouldStartWith("Choose the other person from the register, or describe them");
        (await world.AllRowsAsync()).ShouldBe((0, 0, 0, 0));
    }
}
