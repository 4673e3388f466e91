using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Tests.Connections;

/// <summary>Holds, the requests they open, and the advice, assessments and refusals that settle them; on both providers.</summary>
public class ConnectionHoldTests
{
    private sealed record StMarys(ConnectionWorld World, long Head, long Dsl, long Teacher, long Parent);

    private static async Task<StMarys> StMarysAsync(UnitOfWork work)
    {
        var world = await ConnectionWorld.CreateAsync(work, "st-marys-sefton");
        var head = await world.StaffAsync("Helen", "Ward", StaffRole.Headteacher);
        var dsl = await world.StaffAsync("Dee", "Lane", StaffRole.Dsl);
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var parent = await world.ParentOfAsync("Pat", "Jones", await world.PupilAsync("Ava", "Jones", 9));
        return new StMarys(world, head, dsl, teacher, parent);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_ParentsIncomingRequest_Holds_AndOpensOneRequestForTheHeadteacher(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, head, dsl, teacher, parent) = await StMarysAsync(work);

        var first = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);
        var again = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);

        first.Decision!.Verdict.ShouldBe(Verdict.Hold);
        first.Decision.DecidingRole.ShouldBe(Role.Headteacher);
        first.Decision.ClauseIds.ShouldContain("st-marys-sefton.5-4d.01");
        var hold = first.Hold.ShouldNotBeNull();
        (hold.State, hold.AddressedTo, hold.DecisionId, hold.StaffId, hold.OtherPersonId).ShouldBe((ConnectionHoldState.Open, Role.Headteacher, first.Decision.Id, teacher, (long?)parent));
        again.Hold!.Id.ShouldBe(hold.Id, "asking again joins the open request rather than queueing another");
        var queue = (await world.OpenHoldsForAsync(head)).ShouldHaveSingleItem();
        (queue.Hold.Id, queue.Decision.Id, queue.Decision.OtherName).ShouldBe((hold.Id, first.Decision.Id, "Pat Jones"));
        (await world.OpenHoldsForAsync(dsl)).ShouldBeEmpty("St Mary's asks the head teacher, not the DSL");
        (await world.OpenHoldsForAsync(teacher)).ShouldBeEmpty();
        (await world.AllRowsAsync()).ShouldBe((2, 1, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_HeadteacherAdvisesGoAhead_SettlesTheHold_AndTheCheckNowAllows(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, head, _, teacher, parent) = await StMarysAsync(work);
        var held = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);
        world.Clock.Now = world.Clock.Now.AddHours(2);

        var advice = await world.AdviseAsync(head, teacher, parent, mayConnect: true, "Friends since university; keep school matters off Facebook", held.Hold!.Id);

        advice.Errors.ShouldBeEmpty();
        (advice.Advice!.Kind, advice.Advice.GivenByName, advice.Advice.GivenAs, advice.Advice.GivenOn).ShouldBe((ConnectionAdviceKind.Advice, "Helen Ward", StaffRole.Headteacher, world.Today));
        var settled = advice.Hold.ShouldNotBeNull();
        (settled.State, settled.DecidedById, settled.DecidedByName, settled.DecidedAt, settled.AdviceId, settled.ResolvingDecisionId)
            .ShouldBe((ConnectionHoldState.Granted, (long?)head, "Helen Ward", (DateTimeOffset?)world.Clock.Now, (long?)advice.Advice.Id, (long?)advice.Recheck!.Id));
        advice.Recheck.Verdict.ShouldBe(Verdict.Allow);
        advice.Recheck.AskedBy.ShouldBe("Helen Ward");
        (await world.Log.GetHoldAsync(settled.Id, CancellationToken.None))!.State.ShouldBe(ConnectionHoldState.Granted);
        (await world.OpenHoldsForAsync(head)).ShouldBeEmpty();
        var later = (await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest)).Decision!;
        later.Verdict.ShouldBe(Verdict.Allow);
        later.Reasons.Single().Explanation.ShouldContain("Helen Ward (head teacher) advised on 16 November 2026 that it may go ahead");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_HeadteacherAdvisesAgainst_RefusesTheHold_AndTheCheckNowBlocks(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, head, _, teacher, parent) = await StMarysAsync(work);
        var held = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);

        var advice = await world.AdviseAsync(head, teacher, parent, mayConnect: false, null, held.Hold!.Id);

        (advice.Hold!.State, advice.Hold.Note, advice.Recheck!.Verdict).ShouldBe((ConnectionHoldState.Refused, "Advised against it.", Verdict.Block));
        advice.Recheck.Reasons.Single().Explanation.ShouldContain("Helen Ward (head teacher) advised against it on 16 November 2026");
        (await world.AllRowsAsync()).ShouldBe((2, 1, 0, 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_AdviceFromTheDsl_IsRefused_TheHoldStaysOpen_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, _, dsl, teacher, parent) = await StMarysAsync(work);
        var held = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);

        var advice = await world.AdviseAsync(dsl, teacher, parent, mayConnect: true, null, held.Hold!.Id);

        advice.Succeeded.ShouldBeFalse();
        advice.Errors["GivenById"].ShouldBe("Under St Mary's Catholic Primary School's policy the head teacher gives this advice (5-4d.01, 5-4d.02, 5-4f.01); the register does not show Dee Lane as head teacher.");
        (await world.AllRowsAsync()).ShouldBe((1, 1, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_DslException_WouldNotSettleTheHeadteachersHold_IsRefused_NothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, _, dsl, teacher, parent) = await StMarysAsync(work);
        var held = await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest);

        var grant = await world.GrantAsync(dsl, teacher, parent, world.Today.AddMonths(1), hold: held.Hold!.Id);

        grant.Succeeded.ShouldBeFalse();
        grant.Errors["HoldRequestId"].ShouldStartWith("This exception would not settle the hold request, so nothing was recorded.");
        grant.Errors["HoldRequestId"].ShouldContain("only the head teacher may authorise it");
        (await world.AllRowsAsync()).ShouldBe((1, 1, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_HeadteacherRefuses_RecordsWhoWhenWhy_AndARefusedRequestCannotBeRefusedAgain(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (world, head, dsl, teacher, parent) = await StMarysAsync(work);
        var hold = (await world.AskAsync(teacher, parent, ConnectionAction.AcceptRequest)).Hold!;

        var byDsl = await world.RefuseAsync(hold.Id, dsl, "No");
        var byHead = await world.RefuseAsync(hold.Id, head, "Pat is a governor candidate this term; wait until after the election");
        var again = await world.RefuseAsync(hold.Id, head, "Still no");

        byDsl.Errors["DecidedById"].ShouldBe("This request is for the head teacher to decide; the register does not show Dee Lane as head teacher.");
        (byHead.Hold!.State, byHead.Hold.DecidedByName, byHead.Hold.Note).ShouldBe((ConnectionHoldState.Refused, "Helen Ward", "Pat is a governor candidate this term; wait until after the election"));
        again.Errors["HoldRequestId"].ShouldBe("This hold request is already refused, so it cannot be refused: only an open request can be granted or refused.");
        var stored = (await world.Log.GetHoldAsync(hold.Id, CancellationToken.None))!;
        (stored.State, stored.DecidedById, stored.DecidedAt).ShouldBe((ConnectionHoldState.Refused, (long?)head, (DateTimeOffset?)world.Clock.Now));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Heathcoat_ParentWithNoRecordedTeachingLink_Holds_UntilTheHeadteacherRecordsAnAssessment(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "heathcoat");
        var head = await world.StaffAsync("Helen", "Ward", StaffRole.Headteacher);
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var parent = await world.ParentOfAsync("Pat", "Jones", await world.PupilAsync("Ava", "Jones", 9));
        var held = await world.AskAsync(teacher, parent, ConnectionAction.Message);

        var missingReason = await world.AdviseAsync(head, teacher, parent, mayConnect: true, " ", held.Hold!.Id);
        var assessed = await world.AdviseAsync(head, teacher, parent, mayConnect: true, "Sam teaches Year 6; Ava is in Year 4", held.Hold.Id);

        (held.Decision!.Verdict, held.Hold.AddressedTo).ShouldBe((Verdict.Hold, Role.Headteacher));
        held.Decision.ClauseIds.ShouldContain("heathcoat.staff.05");
        missingReason.Errors["Note"].ShouldStartWith("Say why a conflict of interest is or is not likely");
        assessed.Advice!.Kind.ShouldBe(ConnectionAdviceKind.ConflictOfInterestAssessment);
        (assessed.Hold!.State, assessed.Recheck!.Verdict).ShouldBe((ConnectionHoldState.Granted, Verdict.Warn));
        assessed.Recheck.Reasons.Single().Explanation.ShouldContain("judged on 16 November 2026 that a conflict is unlikely: Sam teaches Year 6; Ava is in Year 4");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_AdviceIsNotWhatItsPolicyAsksFor_IsRefused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await ConnectionWorld.CreateAsync(work, "testbourne");
        var head = await world.StaffAsync("Helen", "Ward", StaffRole.Headteacher);
        var teacher = await world.StaffAsync("Sam", "Hughes", StaffRole.Teacher);
        var parent = await world.ParentOfAsync("Pat", "Jones", await world.PupilAsync("Ava", "Jones", 9));

        var advice = await world.AdviseAsync(head, teacher, parent, mayConnect: true, "fine");

        advice.Errors[string.Empty].ShouldStartWith("Testbourne Community School's policy asks for no advice or conflict-of-interest assessment");
        (await world.AllRowsAsync()).ShouldBe((0, 0, 0, 0));
    }
}
