using Lanyard.Core.Connections;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Connections.ConnectionScenarios;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Connections;

// Ages on the day, unknown facts, silence, who the pack binds, and questions that cannot be asked.
public sealed partial class CheckConnectionTests
{
    private static readonly DateOnly LeapDayBirth = new(2008, 2, 29);

    [Theory]
    [InlineData(Testbourne, Verdict.Warn)]
    [InlineData(Cambrian, Verdict.Allow)]
    [InlineData(StMarys, Verdict.Allow)]
    [InlineData(Heathcoat, Verdict.Allow)]
    public void FormerPupilTurning18Today_IsNoLongerUnder18(string packId, Verdict expected)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, ConnectionSubject.FormerPupil(Today.AddYears(-18), null, "Sam"));

        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        verdict.Reasons[0].Explanation.ShouldContain("Sam turned 18 today");
    }

    [Fact]
    public void FormerPupilWhoTurns18Tomorrow_IsStillUnder18_Blocks() =>
        Ask(StMarys, ConnectionAction.AcceptRequest, ConnectionSubject.FormerPupil(Today.AddYears(-18).AddDays(1), null, "Sam"))
            .ShouldDecide(Verdict.Block, "5-4c.02");

    [Fact]
    public void LeapDayBirthday_On28FebruaryOfACommonYear_IsStill17_Blocks()
    {
        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ConnectionSubject.FormerPupil(LeapDayBirth, null, "Sam"), today: new DateOnly(2026, 2, 28));

        verdict.ShouldDecide(Verdict.Block, "5-4c.02");
        verdict.Reasons[0].Explanation.ShouldContain("Sam is 17");
    }

    [Fact]
    public void LeapDayBirthday_On1MarchOfACommonYear_Turns18_Allows()
    {
        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ConnectionSubject.FormerPupil(LeapDayBirth, null, "Sam"), today: new DateOnly(2026, 3, 1));

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Reasons[0].Explanation.ShouldContain("Sam turned 18 today");
    }

    [Theory]
    [InlineData(Testbourne, "5d.05")]
    [InlineData(Cambrian, "acceptable-use.12")]
    [InlineData(StMarys, "5-4c.02")]
    [InlineData(Heathcoat, "staff.04")]
    public void FormerPupilWithUnknownDateOfBirth_IsTreatedAsUnder18_AndSaysSo(string packId, string clause)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, FormerPupil(null));

        verdict.ShouldDecide(Verdict.Block, clause);
        verdict.Reasons[0].Explanation.ShouldContain("date of birth is not recorded, so Lanyard treats them as under 18");
        verdict.Notes.ShouldContain(n => n.StartsWith("Record Sam's date of birth", StringComparison.Ordinal));
    }

    [Fact]
    public void Testbourne_5d04_CurrentPupilWithUnknownDateOfBirth_Blocks() =>
        Ask(Testbourne, ConnectionAction.Follow, Pupil(null)).ShouldDecide(Verdict.Block, "5d.04");

    [Fact]
    public void StMarys_5_4d01_ParentOfFormerPupilWithUnknownDateOfBirth_IsCovered_Holds()
    {
        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, ParentOfFormerPupil(null));

        verdict.Verdict.ShouldBe(Verdict.Hold);
        verdict.Notes.ShouldContain(n => n.Contains("treats them as under 18", StringComparison.Ordinal));
    }

    [Fact]
    public void FormerPupilWhoseLeavingDateIsStillToCome_IsJudgedAsACurrentPupil()
    {
        var stillHere = ConnectionSubject.FormerPupil(BornAged(19), Today.AddMonths(4), "Sam");

        var verdict = Ask(StMarys, ConnectionAction.AcceptRequest, stillHere);

        verdict.ShouldDecide(Verdict.Block, "5-4c.01");
        verdict.Notes.ShouldContain(n => n.Contains("still a current pupil", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryPack), MemberType = typeof(Policies.Disagreements.DisagreementAssertions))]
    public void Colleague_NoPackHasARule_AllowsWithSilenceNote(string packId)
    {
        var verdict = Ask(packId, ConnectionAction.SendRequest, ConnectionSubject.Colleague("Mr Patel"));

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Reasons.ShouldBeEmpty();
        verdict.Notes.ShouldHaveSingleItem().ShouldContain("no connection rule for colleagues");
    }

    [Theory]
    [MemberData(nameof(EveryPack), MemberType = typeof(Policies.Disagreements.DisagreementAssertions))]
    public void PersonWithNoLinkToTheSchool_AllowsWithSilenceNote(string packId)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, ConnectionSubject.OtherPerson());

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Notes.ShouldHaveSingleItem().ShouldContain("record them as one, because the answer may change");
    }

    [Theory]
    [InlineData(StMarys, Role.Volunteers)]
    [InlineData(StMarys, Role.Governors)]
    [InlineData(Cambrian, Role.Governors)]
    public void StaffRoleThePackDoesNotBind_NoRuleApplies(string packId, Role role)
    {
        var verdict = Ask(packId, ConnectionAction.AcceptRequest, Pupil(10), staffRole: role);

        verdict.Verdict.ShouldBe(Verdict.Allow);
        verdict.Notes.ShouldHaveSingleItem().ShouldContain("does not bind");
    }

    [Fact]
    public void Chapmanslade_Scope02_GovernorIsBound_Blocks() =>
        Ask(Chapmanslade, ConnectionAction.AcceptRequest, Pupil(10), staffRole: Role.Governors).ShouldDecide(Verdict.Block, "personal-pupil.01");

    [Fact]
    public void Verdict_CarriesPackIdVersionAndTheQuestion()
    {
        var verdict = Ask(Testbourne, ConnectionAction.AcceptRequest, Pupil(16));

        verdict.PackId.ShouldBe(Testbourne);
        verdict.PackVersion.ShouldBe(Pack(Testbourne).Version);
        verdict.Question.ShouldBe("May this member of staff accept a request from Sam, a current pupil, on Instagram?");
    }

    [Fact]
    public void EveryCitedClause_IsAClauseOfThePack()
    {
        ConnectionSubject[] subjects =
        [
            Pupil(10), Pupil(18), Pupil(null), FormerPupil(16), FormerPupil(22), FormerPupil(30),
            ParentOfCurrentPupil(true), ParentOfCurrentPupil(false), ParentOfFormerPupil(15), ParentOfFormerPupil(20),
        ];
        ConnectionAction[] actions = [ConnectionAction.Follow, ConnectionAction.AcceptRequest, ConnectionAction.SendRequest, ConnectionAction.Message, ConnectionAction.Engage];
        foreach (var packId in AllPackIds)
        {
            foreach (var subject in subjects)
            {
                foreach (var action in actions)
                {
                    var verdict = Ask(packId, action, subject, new StaffRelationships { FamilyTie = FamilyTie.OtherFamily });
                    foreach (var clause in verdict.CitedClauses())
                    {
                        Pack(packId).FindClause(clause).ShouldNotBeNull($"{packId} {action}: cites {clause}, which the pack does not have");
                    }

                    verdict.Reasons.ShouldAllBe(r => r.Explanation.Length > 0 && (r.Verdict != Verdict.Hold || r.DecidingRole != null));
                }
            }
        }
    }

    [Fact]
    public void AnyContact_IsARuleScopeNotAnAction_IsRejected() =>
        Should.Throw<ArgumentException>(() => Ask(Testbourne, ConnectionAction.AnyContact, Pupil(16)))
            .Message.ShouldContain("Ask about one action");

    [Fact]
    public void BlankPlatform_IsRejected() =>
        Should.Throw<ArgumentException>(() => CheckConnection.Handle(Pack(Testbourne), new ConnectionRequest
        {
            Action = ConnectionAction.Follow,
            Platform = " ",
            Subject = Pupil(16),
            Today = Today,
        }));

    [Fact]
    public void DateOfBirthAfterToday_IsRejected() =>
        Should.Throw<ArgumentException>(() => Ask(Testbourne, ConnectionAction.Follow, ConnectionSubject.CurrentPupil(Today.AddDays(1))))
            .Message.ShouldContain("after today");

    [Fact]
    public void FamilyMemberOfNoPupil_IsRejected() =>
        Should.Throw<ArgumentException>(() => ConnectionSubject.FamilyMemberOf([]));

    [Fact]
    public void RelatedPupilWhoLeftBeforeJoining_IsRejected() =>
        Should.Throw<ArgumentException>(() => RelatedPupil.Former(BornAged(12), new DateOnly(2020, 9, 1), new DateOnly(2019, 7, 1)));
}
