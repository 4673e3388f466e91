using Lanyard.Core.Connections;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Connections.ConnectionScenarios;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Connections;

// CLAUSES.md §3 row 7: staff and parents on personal accounts. Five answers: silent; warn; ban
// unless a prior relationship; head-teacher advice for incoming requests only; conflict test.
public sealed partial class CheckConnectionTests
{
    private static readonly DateOnly AvaStarted = new(2022, 9, 5);

    [Theory]
    [InlineData(Chapmanslade, Verdict.Allow, null)]
    [InlineData(Testbourne, Verdict.Warn, "5d.08")]
    [InlineData(Cambrian, Verdict.Block, "acceptable-use.15")]
    [InlineData(StMarys, Verdict.Hold, "5-4d.01")]
    [InlineData(Heathcoat, Verdict.Warn, "staff.05")]
    public void Row07_RequestFromParentOfCurrentPupil_NothingRecorded_NoTeachingLink_PerPack(string packId, Verdict expected, string? clause)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(taughtByStaffMember: false));

        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        if (clause is not null)
        {
            verdict.CitedClauses().ShouldContain($"{packId}.{clause}");
        }
    }

    [Theory]
    [InlineData(Chapmanslade, Verdict.Allow, null)]
    [InlineData(Testbourne, Verdict.Warn, "5d.08")]
    [InlineData(Cambrian, Verdict.Block, "acceptable-use.16")]
    [InlineData(StMarys, Verdict.Block, "5-4f.01")]
    [InlineData(Heathcoat, Verdict.Warn, "staff.05")]
    public void Row07_RequestToParentOfCurrentPupil_NothingRecorded_NoTeachingLink_PerPack(string packId, Verdict expected, string? clause)
    {
        var verdict = Ask(packId, ConnectionAction.SendRequest, ParentOfCurrentPupil(taughtByStaffMember: false));

        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        if (clause is not null)
        {
            verdict.CitedClauses().ShouldContain($"{packId}.{clause}");
        }
    }

    [Fact]
    public void Chapmanslade_ParentOfCurrentPupil_PolicyIsSilent_AllowsWithNote()
    {
        var verdict = Ask(Chapmanslade, ConnectionAction.AcceptRequest, ParentOfCurrentPupil());

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Reasons.ShouldBeEmpty();
        verdict.Notes.ShouldContain(n => n.Contains("does not address staff connecting with pupils' parents", StringComparison.Ordinal)
            && n.Contains("does not borrow another school's", StringComparison.Ordinal));
    }

    [Fact]
    public void Testbourne_5d08_RequestFromCurrentParent_Warns_NotBlocks()
    {
        var verdict = Ask(Testbourne, ConnectionAction.AcceptRequest, ParentOfCurrentPupil());

        verdict.ShouldDecide(Verdict.Warn, "5d.08");
        verdict.Reasons.Single().Explanation.ShouldContain("Pat is family of Ava, a current pupil aged 9");
    }

    [Fact]
    public void Cambrian_AcceptableUse15_RequestFromParentWithNoPriorRelationship_Blocks()
    {
        var verdict = Ask(Cambrian, ConnectionAction.AcceptRequest, ParentOfCurrentPupil());

        verdict.ShouldDecide(Verdict.Block, "acceptable-use.15");
        verdict.Reasons.Single().Explanation.ShouldContain("no relationship or friendship from before is recorded");
    }

    [Fact]
    public void Cambrian_AcceptableUse17_FriendshipBeganBeforeChildJoined_AllowsWithAcceptableUse18Warning()
    {
        var relationships = new StaffRelationships { Friendship = new Friendship(AvaStarted.AddYears(-3)) };

        var verdict = Ask(Cambrian, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), relationships);

        verdict.ShouldDecide(Verdict.Warn, "acceptable-use.18");
        verdict.Reasons.Single().Explanation.ShouldContain("before Ava joined the school on 5 September 2022");
    }

    [Fact]
    public void Cambrian_AcceptableUse17_FriendshipBeganAfterChildJoined_IsNotPrior_Blocks()
    {
        var relationships = new StaffRelationships { Friendship = new Friendship(AvaStarted.AddMonths(6)) };

        var verdict = Ask(Cambrian, ConnectionAction.SendRequest, ParentOfCurrentPupil(), relationships);

        verdict.ShouldDecide(Verdict.Block, "acceptable-use.16");
        verdict.Reasons.Single().Explanation.ShouldContain("after Ava joined the school on 5 September 2022, so it is not a prior relationship");
    }

    [Fact]
    public void Cambrian_AcceptableUse17_FriendshipBeganTheDayChildJoined_IsNotPrior_Blocks() =>
        Ask(Cambrian, ConnectionAction.SendRequest, ParentOfCurrentPupil(), new StaffRelationships { Friendship = new Friendship(AvaStarted) })
            .Verdict.ShouldBe(Verdict.Block);

    [Fact]
    public void Cambrian_AcceptableUse17_UndatedFriendship_CannotBeShownPrior_Blocks()
    {
        var verdict = Ask(Cambrian, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), new StaffRelationships { Friendship = new Friendship(null, "old school friend") });

        verdict.Verdict.ShouldBe(Verdict.Block);
        verdict.Reasons.Single().Explanation.ShouldContain("start date is not recorded");
    }

    [Fact]
    public void Cambrian_AcceptableUse17_ParentIsStaffMembersCousin_Warns() =>
        Ask(Cambrian, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), new StaffRelationships { FamilyTie = FamilyTie.OtherFamily })
            .ShouldDecide(Verdict.Warn, "acceptable-use.17");

    [Fact]
    public void Cambrian_AcceptableUse17_FriendshipBeforeYoungerChildButAfterElderJoined_IsNotPrior_Blocks()
    {
        var parent = ConnectionSubject.FamilyMemberOf(
        [
            RelatedPupil.Current(BornAged(6), new DateOnly(2024, 9, 2), name: "Ava"),
            RelatedPupil.Current(BornAged(10), new DateOnly(2020, 9, 1), name: "Noah"),
        ], "Pat");

        var verdict = Ask(Cambrian, ConnectionAction.AcceptRequest, parent, new StaffRelationships { Friendship = new Friendship(new DateOnly(2022, 1, 1)) });

        verdict.Verdict.ShouldBe(Verdict.Block);
        verdict.Reasons.Single().Explanation.ShouldContain("after Noah joined the school on 1 September 2020");
    }

    [Fact]
    public void Cambrian_AcceptableUse15_FollowingAParent_IsNotCovered_Allows() =>
        Ask(Cambrian, ConnectionAction.Follow, ParentOfCurrentPupil()).Verdict.ShouldBe(Verdict.Allow);

    [Fact]
    public void StMarys_5_4d01_RequestFromCurrentParent_HoldsForHeadteacher()
    {
        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfCurrentPupil());

        verdict.ShouldDecide(Verdict.Hold, "5-4d.01");
        verdict.DecidingRole.ShouldBe(Role.Headteacher);
        verdict.Reasons.Single().Explanation.ShouldContain("only after seeking the head teacher's advice");
    }

    [Fact]
    public void StMarys_5_4f01_RequestToCurrentParent_Blocks_NoHoldOption()
    {
        var verdict = Ask(StMarys, ConnectionAction.SendRequest, ParentOfCurrentPupil());

        verdict.ShouldDecide(Verdict.Block, "5-4f.01");
        verdict.DecidingRole.ShouldBeNull();
        verdict.Reasons.Single().Explanation.ShouldContain("Only accepting requests may go ahead after the head teacher's advice");
    }

    [Theory]
    [InlineData(15, Verdict.Hold)]
    [InlineData(17, Verdict.Hold)]
    [InlineData(18, Verdict.Allow)]
    [InlineData(19, Verdict.Allow)]
    public void StMarys_5_4d01_RequestFromParentOfFormerPupil_HoldsOnlyWhileFormerPupilUnder18(int childAge, Verdict expected) =>
        Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfFormerPupil(childAge)).Verdict.ShouldBe(expected);

    [Fact]
    public void StMarys_5_4d02_HeadteacherAdvisedItMayGoAhead_Allows()
    {
        var advice = new RecordedAdvice("Mrs Hughes", Role.Headteacher, Today.AddDays(-3), AdviceOutcome.MayConnect, "Known to the family for years");

        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), new StaffRelationships { Advice = advice });

        verdict.ShouldDecide(Verdict.Allow, "5-4d.02");
        verdict.Reasons.Single().Explanation.ShouldContain("Mrs Hughes (head teacher) advised on 12 March 2026 that it may go ahead");
    }

    [Fact]
    public void StMarys_5_4d02_HeadteacherAdvisedAgainst_Blocks()
    {
        var advice = new RecordedAdvice("Mrs Hughes", Role.Headteacher, Today.AddDays(-3), AdviceOutcome.ShouldNotConnect);

        Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), new StaffRelationships { Advice = advice })
            .ShouldDecide(Verdict.Block, "5-4d.01");
    }

    [Fact]
    public void StMarys_5_4d02_AdviceFromTheDsl_DoesNotCount_StillHolds()
    {
        var advice = new RecordedAdvice("Mr Jones", Role.Dsl, Today.AddDays(-1), AdviceOutcome.MayConnect);

        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(), new StaffRelationships { Advice = advice });

        verdict.Verdict.ShouldBe(Verdict.Hold);
        verdict.Notes.ShouldContain(n => n.Contains("Mr Jones (DSL)", StringComparison.Ordinal) && n.Contains("does not count", StringComparison.Ordinal));
    }

    [Fact]
    public void StMarys_5_4f01_HeadteacherAdviceDoesNotOpenOutgoingRequests_Blocks()
    {
        var advice = new RecordedAdvice("Mrs Hughes", Role.Headteacher, Today.AddDays(-3), AdviceOutcome.MayConnect);

        Ask(StMarys, ConnectionAction.SendRequest, ParentOfCurrentPupil(), new StaffRelationships { Advice = advice })
            .ShouldDecide(Verdict.Block, "5-4f.01");
    }

    [Fact]
    public void StMarys_5_4d_FollowingAParent_IsNotCovered_Allows()
    {
        var verdict = Ask(StMarys, ConnectionAction.Follow, ParentOfCurrentPupil());

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Reasons.Single().Explanation.ShouldContain("covers accepting requests and sending requests, not following");
    }

    [Fact]
    public void Heathcoat_Staff05_ParentOfPupilInStaffMembersOwnClass_HoldsForHeadteacher()
    {
        var verdict = Ask(Heathcoat, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(taughtByStaffMember: true));

        verdict.ShouldDecide(Verdict.Hold, "staff.05");
        verdict.DecidingRole.ShouldBe(Role.Headteacher);
        verdict.Reasons.Single().Explanation.ShouldContain("names no one to decide, so Lanyard asks the head teacher");
    }

    [Fact]
    public void Heathcoat_Staff05_ParentWithNoTeachingLink_AllowsWithWarning() =>
        Ask(Heathcoat, ConnectionAction.Message, ParentOfCurrentPupil(taughtByStaffMember: false)).ShouldDecide(Verdict.Warn, "staff.05");

    [Fact]
    public void Heathcoat_Staff05_TeachingLinkNotRecorded_Holds()
    {
        var verdict = Ask(Heathcoat, ConnectionAction.Engage, ParentOfCurrentPupil(taughtByStaffMember: null));

        verdict.Verdict.ShouldBe(Verdict.Hold);
        verdict.Reasons.Single().Explanation.ShouldContain("is not recorded");
    }

    [Fact]
    public void Heathcoat_Staff05_AssessedConflictLikely_Blocks()
    {
        var assessment = new ConflictOfInterestAssessment(true, "Mr Ellis", Role.Headteacher, Today.AddDays(-2), "Parent governor on the staffing committee");

        Ask(Heathcoat, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(taughtByStaffMember: false), new StaffRelationships { ConflictOfInterest = assessment })
            .ShouldDecide(Verdict.Block, "staff.05");
    }

    [Fact]
    public void Heathcoat_Staff05_AssessedConflictUnlikely_EvenWhenTaught_Warns()
    {
        var assessment = new ConflictOfInterestAssessment(false, "Mr Ellis", Role.Headteacher, Today.AddDays(-2), "Brief cover lessons only");

        Ask(Heathcoat, ConnectionAction.AcceptRequest, ParentOfCurrentPupil(taughtByStaffMember: true), new StaffRelationships { ConflictOfInterest = assessment })
            .ShouldDecide(Verdict.Warn, "staff.05");
    }

    [Fact]
    public void Heathcoat_Staff05_FamilyOfFormerPupilOnly_IsOutsideTheRule_Allows()
    {
        // "a student's family members": a former student's family is not named. (Testbourne and
        // Cambrian say just "parents"; their packs read that as parents of current pupils, a reading
        // the policy text does not force, so it is not asserted here.)
        var verdict = Ask(Heathcoat, ConnectionAction.AcceptRequest, ParentOfFormerPupil(12));

        verdict.Verdict.ShouldBe(Verdict.Allow, Describe(verdict));
        verdict.Reasons.Single().Explanation.ShouldContain("does not reach Pat");
    }
}
