using Lanyard.Core.Casework;
using Lanyard.Core.People;
using static Lanyard.Core.Tests.Casework.CaseFiles;

namespace Lanyard.Core.Tests.Casework.Access;

/// <summary>Access that comes from the case's entries and parties, not from roles alone.</summary>
public sealed class CaseAccessRelationshipTests
{
    private const long Me = 42;

    [Fact]
    public void Testbourne_5c_15_AccidentalAccess_ItManagerNotified_ReadsInFull()
    {
        var file = File(CaseType.AccidentalAccess, entries: [Entry(1, CaseStep.RecordNotified, CaseStage.Reported, CaseStage.Reported, Details(CaseDetails.NotifiedRole, "it-manager"))]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.ItManager), file, [School]).ShouldBe(CaseAccessLevel.Full);
    }

    [Fact]
    public void Heathcoat_staff_21_PupilMisconduct_EscalatedToHeadOfHouse_ReadsInFull()
    {
        var file = File(CaseType.PupilMisconduct, entries: [Entry(1, CaseStep.Escalate, CaseStage.Triaged, CaseStage.InProgress, Details(CaseDetails.EscalatedTo, "head-of-house"))]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.HeadOfHouse), file, [School]).ShouldBe(CaseAccessLevel.Full);
    }

    [Fact]
    public void SafeguardingConcern_NotifiedToItManager_StillOnlyForSafeguardingLeads()
    {
        var file = File(CaseType.SafeguardingConcern, entries: [Entry(1, CaseStep.RecordNotified, CaseStage.Reported, CaseStage.Reported, Details(CaseDetails.NotifiedRole, "it-manager"))]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.ItManager), file, [School]).ShouldBe(CaseAccessLevel.None);
    }

    [Fact]
    public void ParentPost_AssignedToATeacher_ReadsInFull()
    {
        var file = File(CaseType.ParentPost, entries: [Entry(1, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Details(CaseDetails.AssignedTo, "42"))]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.Teacher), file, [School]).ShouldBe(CaseAccessLevel.Full);
    }

    [Fact]
    public void Cambrian_breaches_04_StaffBreach_AssignedInvestigatingOfficer_ReadsInFull()
    {
        var file = File(CaseType.StaffBreach, entries: [Entry(1, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Details(CaseDetails.AssignedTo, "42"))]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.InvestigatingOfficer), file, [School]).ShouldBe(CaseAccessLevel.Full);
        CaseAccess.MayAct(Actor(Me, School, StaffRole.InvestigatingOfficer), file, [School]).ShouldBeTrue();
    }

    [Fact]
    public void StaffBreach_AssignedToSomeoneWithoutTheOfficerRole_ReadsNothing()
    {
        var file = File(CaseType.StaffBreach, entries: [Entry(1, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Details(CaseDetails.AssignedTo, "42"))]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.Teacher), file, [School]).ShouldBe(CaseAccessLevel.None);
    }

    [Fact]
    public void StaffBreach_OfficerReassigned_NoLongerReads()
    {
        var file = File(CaseType.StaffBreach, entries:
        [
            Entry(1, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Details(CaseDetails.AssignedTo, "42")),
            Entry(2, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Details(CaseDetails.AssignedTo, "43")),
        ]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.InvestigatingOfficer), file, [School]).ShouldBe(CaseAccessLevel.None);
        CaseAccess.LevelFor(Actor(43, School, StaffRole.InvestigatingOfficer), file, [School]).ShouldBe(CaseAccessLevel.Full);
    }

    [Fact]
    public void Routing_CorrectedAway_NoLongerGrantsReading()
    {
        var file = File(CaseType.ParentPost, entries:
        [
            Entry(1, CaseStep.RecordNotified, CaseStage.Reported, CaseStage.Reported, Details(CaseDetails.NotifiedRole, "it-manager")),
            Entry(2, CaseStep.AddNote, CaseStage.Reported, CaseStage.Reported, corrects: 1),
        ]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.ItManager), file, [School]).ShouldBe(CaseAccessLevel.None);
    }

    [Theory]
    [InlineData(PartyRole.Subject)]
    [InlineData(PartyRole.AllegedPerpetrator)]
    public void StaffBreach_TheMemberOfStaffInvestigated_NeverReadsIt_EvenAsSlt(PartyRole role)
    {
        var file = File(CaseType.StaffBreach, parties: [Party(Me, role)]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.Slt, StaffRole.Headteacher), file, [School]).ShouldBe(CaseAccessLevel.None);
    }

    [Fact]
    public void StaffBreach_SelfReportedByTheSubject_ShowsThemTheStatusOnly()
    {
        var file = File(CaseType.StaffBreach, reporter: Me, parties: [Party(Me, PartyRole.Subject)]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.Slt), file, [School]).ShouldBe(CaseAccessLevel.OwnStatusOnly);
    }

    [Fact]
    public void BeingAPartyAlone_GrantsNothing()
    {
        var file = File(CaseType.ParentPost, parties: [Party(Me, PartyRole.Witness), Party(Me, PartyRole.Subject)]);

        CaseAccess.LevelFor(Actor(Me, School, StaffRole.Teacher), file, [School]).ShouldBe(CaseAccessLevel.None);
    }

    [Fact]
    public void Cambrian_reporting_01_TrustDsl_ReadsASafeguardingCaseOfAnAcademyInTheTrust()
    {
        const long Trust = 1;
        var file = File(CaseType.SafeguardingConcern, organisationId: School);

        CaseAccess.LevelFor(Actor(Me, Trust, StaffRole.Dsl), file, [School, OtherSchool]).ShouldBe(CaseAccessLevel.Full);
    }

    [Fact]
    public void StaffGovernorWhoIsSlt_ReadsAndActsAsSlt()
    {
        var file = File(CaseType.ParentPost);
        var actor = Actor(Me, School, StaffRole.Governor, StaffRole.Slt);

        CaseAccess.LevelFor(actor, file, [School]).ShouldBe(CaseAccessLevel.Full);
        CaseAccess.MayAct(actor, file, [School]).ShouldBeTrue();
    }

    [Fact]
    public void Governor_MayNotAct()
    {
        CaseAccess.MayAct(Actor(Me, School, StaffRole.ChairOfGovernors), File(CaseType.ParentPost), [School]).ShouldBeFalse();
    }

    [Fact]
    public void EveryCaseType_HasAnAudienceAndEveryAudienceARule()
    {
        CaseAccess.AudienceByType.Keys.Order().ShouldBe(Enum.GetValues<CaseType>().Order());
        CaseAccess.Rules.Keys.Order().ShouldBe(Enum.GetValues<CaseAudience>().Order());
    }
}
