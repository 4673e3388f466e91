using Lanyard.Core.Connections;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Connections.ConnectionScenarios;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Connections;

// Exceptions: a DSL or head teacher's time-limited exception lifts a hold or block only while in
// force and only where the pack gives a route to authorise it (Testbourne 5d.04 "unauthorised";
// St Mary's 5.4(d) head-teacher advice for incoming requests).
public sealed partial class CheckConnectionTests
{
    private static ExceptionGrant Grant(Role role, DateOnly from, DateOnly until) =>
        new("Ms Carter", role, from, until, "Coaching the county under-17 team; contact limited to fixtures");

    private static ExceptionGrant InForce(Role role) => Grant(role, Today.AddDays(-7), Today.AddDays(30));

    [Theory]
    [InlineData(Chapmanslade, Verdict.Block)]
    [InlineData(Testbourne, Verdict.Allow)]
    [InlineData(Cambrian, Verdict.Block)]
    [InlineData(StMarys, Verdict.Block)]
    [InlineData(Heathcoat, Verdict.Block)]
    public void Row06_ExceptionInForceFromDsl_LiftsPupilBanOnlyWhereThePackAllowsAuthorisation(string packId, Verdict expected)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, Pupil(16), exception: InForce(Role.Dsl));

        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        verdict.AppliedException.ShouldBe(expected == Verdict.Allow ? InForce(Role.Dsl) : null);
    }

    [Fact]
    public void Testbourne_5d04_PupilAged16_WithExceptionInForce_AllowsWithNote()
    {
        var verdict = Ask(Testbourne, ConnectionAction.Message, Pupil(16), exception: InForce(Role.Headteacher));

        verdict.Verdict.ShouldBe(Verdict.Allow);
        var reason = verdict.Reasons.Single();
        reason.RuleVerdict.ShouldBe(Verdict.Block);
        reason.LiftedByException.ShouldBeTrue();
        reason.Explanation.ShouldContain("An exception granted by Ms Carter (head teacher) on 8 March 2026, in force until 14 April 2026, allows it");
        verdict.Notes.ShouldContain(n => n.Contains("from 15 April 2026 the rule applies again", StringComparison.Ordinal));
    }

    [Fact]
    public void Testbourne_5d04_ExpiredException_HasNoEffect_AndSaysSo()
    {
        var verdict = Ask(Testbourne, ConnectionAction.Message, Pupil(16), exception: Grant(Role.Dsl, Today.AddDays(-60), Today.AddDays(-1)));

        verdict.ShouldDecide(Verdict.Block, "5d.04");
        verdict.AppliedException.ShouldBeNull();
        verdict.Notes.ShouldContain(n => n.Contains("expired on 14 March 2026: it has no effect", StringComparison.Ordinal));
    }

    [Fact]
    public void Testbourne_5d04_ExceptionOnItsLastDay_StillLifts() =>
        Ask(Testbourne, ConnectionAction.Message, Pupil(16), exception: Grant(Role.Dsl, Today.AddDays(-10), Today))
            .Verdict.ShouldBe(Verdict.Allow);

    [Fact]
    public void Testbourne_5d04_ExceptionNotYetStarted_HasNoEffect()
    {
        var verdict = Ask(Testbourne, ConnectionAction.Message, Pupil(16), exception: Grant(Role.Dsl, Today.AddDays(1), Today.AddDays(10)));

        verdict.Verdict.ShouldBe(Verdict.Block);
        verdict.Notes.ShouldContain(n => n.Contains("not yet in force", StringComparison.Ordinal));
    }

    [Fact]
    public void Testbourne_5d04_ExceptionFromARoleThatMayNotAuthorise_DoesNotLift()
    {
        var verdict = Ask(Testbourne, ConnectionAction.Message, Pupil(16), exception: InForce(Role.Slt));

        verdict.Verdict.ShouldBe(Verdict.Block);
        verdict.Notes.ShouldContain(n => n.Contains("only the DSL or the head teacher may authorise it", StringComparison.Ordinal));
    }

    [Fact]
    public void Chapmanslade_PersonalPupil01_ExceptionWithNoAuthorisationRoute_CannotLiftTheBan()
    {
        var verdict = Ask(Chapmanslade, ConnectionAction.Follow, FormerPupil(30), exception: InForce(Role.Headteacher));

        verdict.ShouldDecide(Verdict.Block, "personal-pupil.01");
        verdict.Reasons.Single().LiftedByException.ShouldBeFalse();
        verdict.Notes.ShouldContain(n => n.Contains("cannot lift the block under personal-pupil.01:", StringComparison.Ordinal)
            && n.Contains("gives no route to authorise contact with former pupils", StringComparison.Ordinal));
    }

    [Fact]
    public void StMarys_5_4d02_HeadteacherException_LiftsTheHoldOnAnIncomingRequest() =>
        Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), exception: InForce(Role.Headteacher))
            .Verdict.ShouldBe(Verdict.Allow);

    [Fact]
    public void StMarys_5_4d02_DslException_DoesNotLiftTheHold_OnlyTheHeadteacherAdvises()
    {
        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), exception: InForce(Role.Dsl));

        verdict.Verdict.ShouldBe(Verdict.Hold);
        verdict.Notes.ShouldContain(n => n.Contains("only the head teacher may authorise it", StringComparison.Ordinal));
    }

    [Fact]
    public void StMarys_5_4f01_HeadteacherException_CannotOpenAnOutgoingRequest()
    {
        var verdict = Ask(StMarys, ConnectionAction.SendRequest, ParentOfCurrentPupil(), exception: InForce(Role.Headteacher));

        verdict.ShouldDecide(Verdict.Block, "5-4f.01");
        verdict.Notes.ShouldContain(n => n.Contains("gives no route for sending requests with parents", StringComparison.Ordinal));
    }

    [Fact]
    public void Cambrian_AcceptableUse15_Exception_CannotReplaceAPriorRelationship() =>
        Ask(Cambrian, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), exception: InForce(Role.Headteacher))
            .Verdict.ShouldBe(Verdict.Block);

    [Fact]
    public void Heathcoat_Staff05_Exception_DoesNotResolveTheConflictHold_AnAssessmentDoes()
    {
        var verdict = Ask(Heathcoat, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(taughtByStaffMember: true), exception: InForce(Role.Headteacher));

        verdict.Verdict.ShouldBe(Verdict.Hold);
        verdict.Notes.ShouldContain(n => n.Contains("a recorded conflict-of-interest assessment decides it", StringComparison.Ordinal));
    }

    [Fact]
    public void Exception_WhenNothingIsHeldOrBlocked_ChangesNothing_AndSaysSo()
    {
        var verdict = Ask(Testbourne, ConnectionAction.AcceptRequest, FormerPupil(22), exception: InForce(Role.Dsl));

        verdict.Verdict.ShouldBe(Verdict.Warn);
        verdict.AppliedException.ShouldBeNull();
        verdict.Notes.ShouldContain(n => n.Contains("nothing here is held or blocked", StringComparison.Ordinal));
    }

    [Fact]
    public void ExceptionGrant_EndingBeforeItStarts_IsRejected() =>
        Should.Throw<ArgumentException>(() => Grant(Role.Dsl, Today, Today.AddDays(-1)));

    [Fact]
    public void ExceptionGrant_WithoutAReason_IsRejected() =>
        Should.Throw<ArgumentException>(() => new ExceptionGrant("Ms Carter", Role.Dsl, Today, Today, " "));
}
