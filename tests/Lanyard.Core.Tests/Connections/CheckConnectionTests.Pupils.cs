using Lanyard.Core.Connections;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Connections.ConnectionScenarios;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Connections;

// CLAUSES.md §3 rows 1–6: staff and current or former pupils. Expected answers come from the
// policy texts and the clause inventory's test ideas, not from the engine.
public sealed partial class CheckConnectionTests
{
    // Row 1 — current pupils. A pupil of 15: every pack bars accepting their request.
    [Theory]
    [InlineData(Chapmanslade, "personal-pupil.01")]
    [InlineData(Testbourne, "5d.05")]
    [InlineData(Cambrian, "app1.01")]
    [InlineData(StMarys, "5-4c.01")]
    [InlineData(Heathcoat, "staff.03")]
    public void Row01_RequestFromCurrentPupilAged15_BlocksInEveryPack(string packId, string clause) =>
        Ask(packId, ConnectionAction.AcceptRequest, Pupil(15)).ShouldDecide(Verdict.Block, clause);

    // Row 1 — a current pupil aged 18 (sixth form): only Testbourne's ban stops at 18, and its
    // 5d.07 band then warns; the others ban current pupils at any age.
    [Theory]
    [InlineData(Chapmanslade, Verdict.Block, "personal-pupil.01")]
    [InlineData(Testbourne, Verdict.Warn, "5d.07")]
    [InlineData(Cambrian, Verdict.Block, "app1.01")]
    [InlineData(StMarys, Verdict.Block, "5-4c.01")]
    [InlineData(Heathcoat, Verdict.Block, "staff.03")]
    public void Row01_RequestFromCurrentPupilAged18_PerPack(string packId, Verdict expected, string clause) =>
        Ask(packId, ConnectionAction.AcceptRequest, Pupil(18)).ShouldDecide(expected, clause);

    [Fact]
    public void Testbourne_5d04_PupilAged16_Blocks()
    {
        var verdict = Ask(Testbourne, ConnectionAction.Message, Pupil(16));

        verdict.ShouldDecide(Verdict.Block, "5d.04");
        verdict.Reasons[0].Explanation.ShouldStartWith("Testbourne Community School bars staff from messaging current pupils under 18 (5d.04, 5d.05); Sam is 16.");
    }

    [Fact]
    public void Testbourne_5d04_CurrentPupilAged18_IsNotBanned_OnlyWarnedUnder5d07()
    {
        var verdict = Ask(Testbourne, ConnectionAction.Message, Pupil(18));

        verdict.Verdict.ShouldBe(Verdict.Warn);
        verdict.Reasons.ShouldContain(r => r.Verdict == Verdict.Allow && r.Explanation.Contains("no longer applies", StringComparison.Ordinal));
    }

    [Fact]
    public void Cambrian_App101_CurrentPupilAged18_Blocks() =>
        Ask(Cambrian, ConnectionAction.SendRequest, Pupil(18)).ShouldDecide(Verdict.Block, "app1.01");

    [Fact]
    public void Cambrian_App102_PrivateMessageToCurrentPupil_Blocks() =>
        Ask(Cambrian, ConnectionAction.Message, Pupil(15)).ShouldDecide(Verdict.Block, "app1.02");

    [Fact]
    public void Chapmanslade_Scope11_MessageToCurrentPupil_Blocks() =>
        Ask(Chapmanslade, ConnectionAction.Message, Pupil(10)).ShouldDecide(Verdict.Block, "scope.11");

    [Fact]
    public void Heathcoat_Staff03_FollowFromCurrentPupil_Blocks() =>
        Ask(Heathcoat, ConnectionAction.AcceptRequest, Pupil(10)).ShouldDecide(Verdict.Block, "staff.03");

    [Fact]
    public void StMarys_5_4e01_RequestToCurrentPupilOfAnyAge_Blocks() =>
        Ask(StMarys, ConnectionAction.SendRequest, Pupil(19)).ShouldDecide(Verdict.Block, "5-4e.01");

    // Row 2 — former pupils' cut-off: Chapmanslade bans for life, the others under 18.
    [Theory]
    [InlineData(Chapmanslade, 17, Verdict.Block)]
    [InlineData(Chapmanslade, 22, Verdict.Block)]
    [InlineData(Chapmanslade, 30, Verdict.Block)]
    [InlineData(Testbourne, 17, Verdict.Block)]
    [InlineData(Testbourne, 22, Verdict.Warn)]
    [InlineData(Testbourne, 30, Verdict.Allow)]
    [InlineData(Cambrian, 17, Verdict.Block)]
    [InlineData(Cambrian, 22, Verdict.Allow)]
    [InlineData(Cambrian, 30, Verdict.Allow)]
    [InlineData(StMarys, 17, Verdict.Block)]
    [InlineData(StMarys, 22, Verdict.Allow)]
    [InlineData(StMarys, 30, Verdict.Allow)]
    [InlineData(Heathcoat, 17, Verdict.Block)]
    [InlineData(Heathcoat, 22, Verdict.Allow)]
    [InlineData(Heathcoat, 30, Verdict.Allow)]
    public void Row02_RequestFromFormerPupil_CutOffPerPack(string packId, int age, Verdict expected) =>
        Ask(packId, ConnectionAction.AcceptRequest, FormerPupil(age)).Verdict.ShouldBe(expected);

    [Fact]
    public void Chapmanslade_PersonalPupil01_FollowFormerPupilAged30_Blocks()
    {
        var verdict = Ask(Chapmanslade, ConnectionAction.Follow, FormerPupil(30));

        verdict.ShouldDecide(Verdict.Block, "personal-pupil.01");
        verdict.Reasons[0].Explanation.ShouldContain("at any age, however long ago they left");
    }

    [Fact]
    public void Testbourne_5d05_FormerPupilAged17y11m_Blocks() =>
        Ask(Testbourne, ConnectionAction.AcceptRequest, ConnectionSubject.FormerPupil(Today.AddYears(-18).AddDays(20), null, "Sam"))
            .ShouldDecide(Verdict.Block, "5d.05");

    [Fact]
    public void Cambrian_AcceptableUse12_FormerPupilAged17_Blocks_Aged19_Allows()
    {
        Ask(Cambrian, ConnectionAction.AcceptRequest, FormerPupil(17)).ShouldDecide(Verdict.Block, "acceptable-use.12");
        Ask(Cambrian, ConnectionAction.AcceptRequest, FormerPupil(19)).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void Cambrian_AcceptableUse13_RequestToFormerPupilAged16_Blocks() =>
        Ask(Cambrian, ConnectionAction.SendRequest, FormerPupil(16)).ShouldDecide(Verdict.Block, "acceptable-use.13");

    [Fact]
    public void StMarys_5_4c02_FormerPupilAged17_Blocks_Aged18_Allows()
    {
        Ask(StMarys, ConnectionAction.AcceptRequest, FormerPupil(17)).ShouldDecide(Verdict.Block, "5-4c.02");
        Ask(StMarys, ConnectionAction.AcceptRequest, FormerPupil(18)).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void StMarys_5_4e01_RequestToFormerPupilAged16_Blocks() =>
        Ask(StMarys, ConnectionAction.SendRequest, FormerPupil(16)).ShouldDecide(Verdict.Block, "5-4e.01");

    [Fact]
    public void Heathcoat_Staff04_MessageFromFormerPupilAged14_Blocks_Aged18_Allows()
    {
        Ask(Heathcoat, ConnectionAction.Message, FormerPupil(14)).ShouldDecide(Verdict.Block, "staff.04");
        Ask(Heathcoat, ConnectionAction.Message, FormerPupil(18)).Verdict.ShouldBe(Verdict.Allow);
    }

    // Row 3 — the warning band up to 25 is Testbourne's alone.
    [Theory]
    [InlineData(18, Verdict.Warn)]
    [InlineData(22, Verdict.Warn)]
    [InlineData(24, Verdict.Warn)]
    [InlineData(25, Verdict.Allow)]
    [InlineData(26, Verdict.Allow)]
    public void Testbourne_5d07_FormerPupilBand(int age, Verdict expected)
    {
        var verdict = Ask(Testbourne, ConnectionAction.AcceptRequest, FormerPupil(age));

        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        verdict.Reasons.Any(r => r.ClauseIds.Contains("testbourne.5d.07")).ShouldBe(expected == Verdict.Warn);
    }

    [Fact]
    public void Testbourne_5d07_FormerPupilAged22_Warns()
    {
        var verdict = Ask(Testbourne, ConnectionAction.AcceptRequest, FormerPupil(22));

        verdict.ShouldDecide(Verdict.Warn, "5d.07");
        verdict.Reasons.Single(r => r.Verdict == Verdict.Warn).Explanation.ShouldContain("under 25 (5d.07)");
    }

    [Theory]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row03_FormerPupilAged22_NoBandOutsideTestbourne_Allows(string packId)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, FormerPupil(22));

        verdict.Verdict.ShouldBe(Verdict.Allow, Describe(verdict));
        verdict.Reasons.ShouldAllBe(r => r.Verdict == Verdict.Allow);
    }

    // Row 4 — which actions each pack's ban covers, for a current pupil aged 15.
    [Theory]
    [InlineData(Chapmanslade, ConnectionAction.Follow, Verdict.Block)]
    [InlineData(Chapmanslade, ConnectionAction.AcceptRequest, Verdict.Block)]
    [InlineData(Chapmanslade, ConnectionAction.SendRequest, Verdict.Block)]
    [InlineData(Chapmanslade, ConnectionAction.Message, Verdict.Block)]
    [InlineData(Chapmanslade, ConnectionAction.Engage, Verdict.Block)]
    [InlineData(Testbourne, ConnectionAction.Follow, Verdict.Block)]
    [InlineData(Testbourne, ConnectionAction.AcceptRequest, Verdict.Block)]
    [InlineData(Testbourne, ConnectionAction.SendRequest, Verdict.Block)]
    [InlineData(Testbourne, ConnectionAction.Message, Verdict.Block)]
    [InlineData(Testbourne, ConnectionAction.Engage, Verdict.Block)]
    [InlineData(Cambrian, ConnectionAction.AcceptRequest, Verdict.Block)]
    [InlineData(Cambrian, ConnectionAction.SendRequest, Verdict.Block)]
    [InlineData(Cambrian, ConnectionAction.Message, Verdict.Block)]
    [InlineData(Cambrian, ConnectionAction.Engage, Verdict.Block)]
    [InlineData(StMarys, ConnectionAction.AcceptRequest, Verdict.Block)]
    [InlineData(StMarys, ConnectionAction.SendRequest, Verdict.Block)]
    [InlineData(StMarys, ConnectionAction.Message, Verdict.Allow)]
    [InlineData(StMarys, ConnectionAction.Engage, Verdict.Allow)]
    [InlineData(Heathcoat, ConnectionAction.AcceptRequest, Verdict.Block)]
    [InlineData(Heathcoat, ConnectionAction.Follow, Verdict.Block)]
    [InlineData(Heathcoat, ConnectionAction.SendRequest, Verdict.Allow)]
    [InlineData(Heathcoat, ConnectionAction.Message, Verdict.Allow)]
    public void Row04_CurrentPupilAged15_ActionsCoveredPerPack(string packId, ConnectionAction action, Verdict expected)
    {
        // St Mary's 5.4(c)/(e) and Heathcoat staff.03 speak only of friend requests and follows: what
        // they do not cover is allowed with the silence explained, not filled in from another pack.
        var verdict = Ask(packId, action, Pupil(15));

        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        if (expected == Verdict.Allow)
        {
            verdict.Reasons.ShouldHaveSingleItem().Explanation.ShouldContain("the policy has no other rule on");
        }
    }

    [Theory]
    [InlineData(Chapmanslade, ConnectionAction.Engage, Verdict.Block)]
    [InlineData(Testbourne, ConnectionAction.Engage, Verdict.Block)]
    [InlineData(Cambrian, ConnectionAction.Engage, Verdict.Allow)]
    [InlineData(Cambrian, ConnectionAction.SendRequest, Verdict.Block)]
    [InlineData(StMarys, ConnectionAction.Message, Verdict.Allow)]
    [InlineData(StMarys, ConnectionAction.SendRequest, Verdict.Block)]
    [InlineData(Heathcoat, ConnectionAction.Message, Verdict.Block)]
    [InlineData(Heathcoat, ConnectionAction.Engage, Verdict.Block)]
    public void Row04_FormerPupilAged16_ActionsCoveredPerPack(string packId, ConnectionAction action, Verdict expected) =>
        Ask(packId, action, FormerPupil(16)).Verdict.ShouldBe(expected);

    [Fact]
    public void StMarys_5_4c_MessageToCurrentPupil_NotCovered_SaysWhatTheRuleCovers()
    {
        var verdict = Ask(StMarys, ConnectionAction.Message, Pupil(10));

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Reasons.ShouldHaveSingleItem().Explanation.ShouldBe(
            "St Mary's Catholic Primary School's rule on current pupils (5-4c.01, 5-4e.01) covers accepting requests and sending requests, not messaging; the policy has no other rule on messaging current pupils.");
    }

    // Row 5 — family exception: none; any family; the pupil's own parent or carer only.
    [Theory]
    [InlineData(Chapmanslade, Verdict.Block)]
    [InlineData(Testbourne, Verdict.Allow)]
    [InlineData(Cambrian, Verdict.Block)]
    [InlineData(StMarys, Verdict.Block)]
    [InlineData(Heathcoat, Verdict.Block)]
    public void Row05_RequestFromPupilAged15WhoIsStaffMembersNiece_PerPack(string packId, Verdict expected) =>
        Ask(packId, ConnectionAction.AcceptRequest, Pupil(15), new StaffRelationships { FamilyTie = FamilyTie.OtherFamily })
            .Verdict.ShouldBe(expected);

    [Theory]
    [InlineData(Chapmanslade, Verdict.Block)]
    [InlineData(Testbourne, Verdict.Allow)]
    [InlineData(Cambrian, Verdict.Allow)]
    [InlineData(StMarys, Verdict.Block)]
    [InlineData(Heathcoat, Verdict.Block)]
    public void Row05_RequestFromStaffMembersOwnChildAged14_PerPack(string packId, Verdict expected) =>
        Ask(packId, ConnectionAction.AcceptRequest, Pupil(14), new StaffRelationships { FamilyTie = FamilyTie.ParentOrCarer })
            .Verdict.ShouldBe(expected);

    [Fact]
    public void Testbourne_5d06_PupilAged15WhoIsNiece_Allows_WithoutTheBandWarning()
    {
        var verdict = Ask(Testbourne, ConnectionAction.AcceptRequest, Pupil(15), new StaffRelationships { FamilyTie = FamilyTie.OtherFamily });

        verdict.ShouldDecide(Verdict.Allow, "5d.06");
        verdict.CitedClauses().ShouldNotContain("testbourne.5d.07");
    }

    [Fact]
    public void Cambrian_AcceptableUse14_AuntAndNieceAged14_Blocks_SayingOnlyParentOrCarerIsExcepted()
    {
        var verdict = Ask(Cambrian, ConnectionAction.AcceptRequest, Pupil(14), new StaffRelationships { FamilyTie = FamilyTie.OtherFamily });

        verdict.ShouldDecide(Verdict.Block, "acceptable-use.14");
        verdict.Reasons[0].Explanation.ShouldContain("excepts only a pupil's own parent or carer (acceptable-use.14)");
    }

    [Fact]
    public void Cambrian_AcceptableUse14_StaffParentAndOwnChildAged14_Allows() =>
        Ask(Cambrian, ConnectionAction.SendRequest, Pupil(14), new StaffRelationships { FamilyTie = FamilyTie.ParentOrCarer })
            .ShouldDecide(Verdict.Allow, "acceptable-use.14");

    [Fact]
    public void Chapmanslade_PersonalPupil01_CurrentPupilWhoIsNiece_Blocks_NoFamilyException()
    {
        var verdict = Ask(Chapmanslade, ConnectionAction.Follow, Pupil(9), new StaffRelationships { FamilyTie = FamilyTie.OtherFamily });

        verdict.ShouldDecide(Verdict.Block, "personal-pupil.01");
        verdict.Reasons[0].Explanation.ShouldContain("makes no exception for family");
    }

    // Row 6 — only Testbourne's ban can be authorised; it names no authoriser, so Lanyard names the head teacher.
    [Theory]
    [InlineData(Chapmanslade, null)]
    [InlineData(Testbourne, Role.Headteacher)]
    [InlineData(Cambrian, null)]
    [InlineData(StMarys, null)]
    [InlineData(Heathcoat, null)]
    public void Row06_BlockedPupilContact_NamesWhoMayAuthorise_PerPack(string packId, Role? authoriser)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, Pupil(15));

        verdict.Verdict.ShouldBe(Verdict.Block);
        verdict.Reasons.Single(r => r.Verdict == Verdict.Block).DecidingRole.ShouldBe(authoriser);
    }

    [Fact]
    public void Testbourne_5d04_Block_SaysThePolicyNamesNoAuthoriser()
    {
        var reason = Ask(Testbourne, ConnectionAction.AcceptRequest, Pupil(15)).Reasons.Single();

        reason.Explanation.ShouldContain("names no authoriser, so Lanyard asks the head teacher");
    }
}
