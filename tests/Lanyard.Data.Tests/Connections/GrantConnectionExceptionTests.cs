using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Tests.Connections;

/// <summary>Time-limited exceptions: who may grant them (from the register), their terms, and their effect over time; on both providers.</summary>
public class GrantConnectionExceptionTests
{
    private sealed record Testbourne(ConnectionWorld World, long Dsl, long Teacher, long Pupil);

    private static async Task<Testbourne> TestbourneAsync(UnitOfWork work)
    {
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var dsl = await world.StaffAsync("Dee", "Lane", StaffRole.Dsl);
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var pupil = await world.PupilAsync("Ella", "Price", 16);
        return new Testbourne(world, dsl, teacher, pupil);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_DslGrantsThreeMonths_AllowsWithANote_ThenBlocksAgainAfterItEnds(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, dsl, teacher, pupil) = await TestbourneAsync(work);
        var before = (await world.AskAsync(teacher, pupil, ConnectionAction.Message)).Decision!;
        var grantedOn = world.Today;
        var until = grantedOn.AddMonths(3);

        var grant = await world.GrantAsync(dsl, teacher, pupil, until);
        var during = (await world.AskAsync(teacher, pupil, ConnectionAction.Message)).Decision!;
        world.Clock.Now = world.Clock.Now.AddMonths(3);
        var lastDay = (await world.AskAsync(teacher, pupil, ConnectionAction.Message)).Decision!;
        world.Clock.Now = world.Clock.Now.AddDays(1);
        var after = (await world.AskAsync(teacher, pupil, ConnectionAction.Message)).Decision!;

        before.Verdict.ShouldBe(Verdict.Block);
        var exception = grant.Exception.ShouldNotBeNull();
        (exception.GrantedByName, exception.GrantedAs, exception.GrantedOn, exception.Until, exception.RecordedAt)
            .ShouldBe(("Dee Lane", StaffRole.Dsl, grantedOn, until, ConnectionWorld.Start));
        (await world.Log.ExceptionsAsync(teacher, pupil, CancellationToken.None)).ShouldHaveSingleItem().Reason.ShouldBe("Coaches the county under-17 team; contact limited to fixtures");
        (during.Verdict, during.ExceptionId).ShouldBe((Verdict.Allow, (long?)exception.Id));
        var lifted = during.Reasons.Single();
        (lifted.RuleVerdict, lifted.LiftedByException).ShouldBe((Verdict.Block, true));
        lifted.ClauseIds.ShouldContain("testbourne.5d.04");
        lifted.Explanation.ShouldContain("An exception granted by Dee Lane (DSL) on 16 November 2026, in force until 16 February 2027, allows it");
        during.Notes.ShouldContain("Allowed only while the exception is in force: from 17 February 2027 the rule applies again.");
        lastDay.Verdict.ShouldBe(Verdict.Allow);
        (after.Verdict, after.ExceptionId).ShouldBe((Verdict.Block, (long?)null));
        after.Notes.ShouldContain(n => n.Contains("expired on 16 February 2027: it has no effect", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Teacher_WhoIsNotDslOrHeadteacher_CannotGrant_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, _, teacher, pupil) = await TestbourneAsync(work);
        var colleague = await world.StaffAsync("Jo", "Carter", StaffRole.Teacher, StaffRole.HeadOfHouse);

        var grant = await world.GrantAsync(colleague, teacher, pupil, world.Today.AddMonths(1));

        grant.Succeeded.ShouldBeFalse();
        grant.Errors["GrantedById"].ShouldBe("Only the DSL, a deputy DSL or the head teacher may grant an exception; the register does not show Jo Carter in any of those roles.");
        (await world.AllRowsAsync()).ShouldBe((0, 0, 0, 0));
        (await world.AskAsync(teacher, pupil, ConnectionAction.Message)).Decision!.Verdict.ShouldBe(Verdict.Block);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Terms_NeedAReason_AndALastDayFromTodayToTwelveMonthsAhead(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, dsl, teacher, pupil) = await TestbourneAsync(work);

        var past = await world.GrantAsync(dsl, teacher, pupil, world.Today.AddDays(-1));
        var tooLong = await world.GrantAsync(dsl, teacher, pupil, world.Today.AddMonths(12).AddDays(1));
        var noReason = await world.GrantAsync(dsl, teacher, pupil, world.Today.AddMonths(1), reason: "  ");
        var ownConnection = await world.GrantAsync(dsl, dsl, pupil, world.Today.AddMonths(1));
        var twelveMonths = await world.GrantAsync(dsl, teacher, pupil, world.Today.AddMonths(12));

        past.Errors["Until"].ShouldBe("An exception cannot end in the past: choose today (16 November 2026) or a later day, up to 16 November 2027.");
        tooLong.Errors["Until"].ShouldBe("An exception can last at most 12 months: choose 16 November 2027 or earlier.");
        noReason.Errors["Reason"].ShouldStartWith("Say why the exception is granted");
        ownConnection.Errors["GrantedById"].ShouldStartWith("Nobody may grant an exception for their own connections");
        twelveMonths.Succeeded.ShouldBeTrue();
        (await world.AllRowsAsync()).ShouldBe((0, 0, 1, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeputyDsl_ActsAsTheDsl_AndAHeadteacherWhoIsAlsoDsl_GrantsAsHeadteacher(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, _, teacher, pupil) = await TestbourneAsync(work);
        var deputy = await world.StaffAsync("Ray", "Stone", StaffRole.DeputyDsl);
        var head = await world.StaffAsync("Helen", "Ward", StaffRole.Dsl, StaffRole.Headteacher);
        var other = await world.PupilAsync("Noah", "Webb", 15);

        var byDeputy = await world.GrantAsync(deputy, teacher, pupil, world.Today.AddDays(30));
        var byHead = await world.GrantAsync(head, teacher, other, world.Today.AddDays(30));

        byDeputy.Exception!.GrantedAs.ShouldBe(StaffRole.DeputyDsl);
        byHead.Exception!.GrantedAs.ShouldBe(StaffRole.Headteacher);
        (await world.AskAsync(teacher, pupil, ConnectionAction.Message)).Decision!.Verdict.ShouldBe(Verdict.Allow);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_HeadteacherException_SettlesTheHold_AndTheRecheckIsRecorded(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "st-marys-sefton");
        var head = await world.StaffAsync("Helen", "Ward", StaffRole.Headteacher);
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var parent = await world.ParentOfAsync("Pat", "Jones", await world.PupilAsync("Ava", "Jones", 9));
        var held = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);

        var grant = await world.GrantAsync(head, teacher, parent, world.Today.AddMonths(6), "Sister-in-law; agreed at the start of term", held.Hold!.Id);

        (grant.Hold!.State, grant.Hold.ExceptionId, grant.Hold.Note).ShouldBe((ConnectionHoldState.Granted, (long?)grant.Exception!.Id, "Sister-in-law; agreed at the start of term"));
        (grant.Recheck!.Verdict, grant.Recheck.ExceptionId).ShouldBe((Verdict.Allow, (long?)grant.Exception.Id));
        (await world.DecisionsAsync()).Select(d => d.Verdict).ShouldBe([Verdict.Allow, Verdict.Hold]);
    }
}
