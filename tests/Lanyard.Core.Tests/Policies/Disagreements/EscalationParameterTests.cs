using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 19–21: the parent-post ladder, police involvement, and procedures only one pack defines.</summary>
public sealed class EscalationParameterTests
{
    private static string[] Steps(string packId)
    {
        var escalation = Parameters(packId).ParentPostEscalation;
        escalation.ShouldNotBeNull($"{packId} defines a parent-post escalation ladder (row 19)");
        return [.. escalation.Steps.Select(s => $"{s.Step} when={s.When} {s.Clause}")];
    }

    // Row 19 — the ladder for an offensive parent post, in order.
    [Fact]
    public void Row19_Chapmanslade_RemovalThenMeetingThenComplaints_parents_02_to_04()
    {
        Steps(Chapmanslade).ShouldBe(
            [
                "RequestRemoval when=First chapmanslade.parents.02",
                "InviteMeeting when=Always chapmanslade.parents.03",
                "ReferToComplaintsProcedure when=Unresolved chapmanslade.parents.04",
            ]);
    }

    [Fact]
    public void Row19_Chapmanslade_ModerationOnSchoolPagesNeedsPublicExplanation_abuse_01_02()
    {
        var escalation = Parameters(Chapmanslade).ParentPostEscalation;

        escalation.ShouldCite(Chapmanslade, "abuse.01", "abuse.02");
        escalation!.Moderation.ShouldNotBeNull();
        escalation.Moderation.Actions.ShouldBe([ModerationAction.Block, ModerationAction.Report, ModerationAction.Delete], ignoreOrder: true);
        escalation.Moderation.PublicExplanationRequired.ShouldBeTrue("abuse.02: tell the audience exactly why");
    }

    [Fact]
    public void Row19_Cambrian_HostRemovalThenSupportThenLadoAndPolice_employer_action_05_to_07()
    {
        Steps(Cambrian).ShouldBe(
            [
                "AskHostToRemove when=First cambrian.employer-action.05",
                "SupportComplainant when=Refused cambrian.employer-action.06",
                "InvolveLado when=IfRequired cambrian.employer-action.07",
                "ContactPolice when=IfRequired cambrian.employer-action.07",
            ]);
    }

    [Fact]
    public void Row19_StMarys_MeetingComplaintsRemovalPlatformAdvicePoliceLegal_app1_06_to_12()
    {
        Steps(StMarys).ShouldBe(
            [
                "InviteMeeting when=First st-marys-sefton.app1.06",
                "ExplainComplaintsProcedure when=ReasonableComplaint st-marys-sefton.app1.07",
                "RequestRemoval when=Always st-marys-sefton.app1.08",
                "ReportToPlatform when=Refused st-marys-sefton.app1.09",
                "SeekExternalAdvice when=Refused st-marys-sefton.app1.10",
                "ContactPolice when=IfRequired st-marys-sefton.app1.11",
                "LegalAdvice when=Refused st-marys-sefton.app1.12",
            ]);
    }

    [Fact]
    public void Row19_Heathcoat_DiscussAndRemovalThenLegalAdviceWarningPoliceLegalAction_parents_08_to_12()
    {
        Steps(Heathcoat).ShouldBe(
            [
                "DiscussWithParent when=First heathcoat.parents.08",
                "RequestRemoval when=First heathcoat.parents.08",
                "LegalAdvice when=RefusedAndContinuing heathcoat.parents.09",
                "WrittenWarning when=RefusedAndContinuing heathcoat.parents.10",
                "ContactPolice when=IfRequired heathcoat.parents.11",
                "OtherLegalAction when=RefusedAndContinuing heathcoat.parents.12",
            ]);
    }

    [Theory]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row19_PublicExplanationModeration_IsChapmansladeAlone(string packId) =>
        Parameters(packId).ParentPostEscalation!.Moderation.ShouldBeNull($"{packId} sets no moderation-with-explanation rule");

    [Fact]
    public void Row19_ParentPostEscalation_TestbourneIsSilent() =>
        Parameters(Testbourne).ParentPostEscalation.ShouldBeSilent(Testbourne, "row 19 (parent-post ladder)");

    // Row 20 — police involvement: mandatory, advise the employee, immediate, or optional.
    private static string[] Triggers(string packId)
    {
        var police = Parameters(packId).Police;
        police.ShouldNotBeNull($"{packId} says when the police are involved (row 20)");
        return [.. police.Triggers.Select(t => $"{t.Trigger} {t.Mode} {t.Clause}")];
    }

    private static PoliceTrigger Trigger(string packId, string clause, PoliceTriggerKind kind)
    {
        var police = Parameters(packId).Police;
        police.ShouldNotBeNull($"{packId} says when the police are involved (row 20)");
        return police.Triggers
            .Where(t => t.Clause == Id(packId, clause) && t.Trigger == kind)
            .ShouldHaveSingleItem($"{packId}: exactly one {kind} trigger citing {Id(packId, clause)}");
    }

    [Fact]
    public void Row20_Chapmanslade_MandatoryForIllegalConduct_behaviour_14()
    {
        Triggers(Chapmanslade).ShouldBe(["IllegalConduct Mandatory chapmanslade.behaviour.14"]);
        Trigger(Chapmanslade, "behaviour.14", PoliceTriggerKind.IllegalConduct).Actor.ShouldBe(Role.School);
    }

    [Fact]
    public void Row20_Testbourne_AdviseEmployee_ImmediateForIndecentImages_OptionalForMisuse_6b_06_6b_09_7_03()
    {
        Triggers(Testbourne).ShouldBe(
            [
                "IllegalOrThreatensHarm AdviseEmployee testbourne.6b.06",
                "IndecentImagesOfChildren Immediate testbourne.6b.09",
                "Misuse Optional testbourne.7.03",
            ],
            ignoreOrder: true);
        Trigger(Testbourne, "6b.06", PoliceTriggerKind.IllegalOrThreatensHarm).Actor.ShouldBe(Role.Slt);
        Trigger(Testbourne, "6b.09", PoliceTriggerKind.IndecentImagesOfChildren).Actor.ShouldBe(Role.Slt);
    }

    [Fact]
    public void Row20_Cambrian_MandatoryForUnlawfulContent_breaches_07()
    {
        var unlawful = Trigger(Cambrian, "breaches.07", PoliceTriggerKind.UnlawfulContent);
        unlawful.Mode.ShouldBe(PoliceMode.Mandatory, "breaches.07: unlawful conduct *will* be reported to the police");
    }

    [Fact]
    public void Row20_Cambrian_PoliceIfRequiredIsAnOptionalStepNotAMandatoryReferral_employer_action_07()
    {
        // "seeking the support of the LADO and police if required": the decisions give it as the
        // contact-police step (if required); it may be modelled as that escalation step or as an
        // optional trigger, but never as a mandatory referral.
        var police = Parameters(Cambrian).Police;

        police.ShouldCite(Cambrian, "breaches.07", "employer-action.07");
        police!.Triggers.Where(t => t.Clause == Id(Cambrian, "employer-action.07"))
            .ShouldAllBe(t => t.Mode == PoliceMode.Optional, "employer-action.07: police support only 'if required'");
        Steps(Cambrian).ShouldContain("ContactPolice when=IfRequired cambrian.employer-action.07");
    }

    [Fact]
    public void Row20_StMarys_OptionalForThreateningAbusiveSexistSexualOrHate_app1_11() =>
        Triggers(StMarys).ShouldBe(["ThreateningAbusiveSexistSexualOrHate Optional st-marys-sefton.app1.11"]);

    [Fact]
    public void Row20_Heathcoat_OptionalWhereTheSchoolJudgesItRight_parents_11_students_16()
    {
        Triggers(Heathcoat).ShouldBe(
            [
                "Harassment Optional heathcoat.parents.11",
                "RacialOrHomophobic Optional heathcoat.parents.11",
                "GrossObscenity Optional heathcoat.parents.11",
                "ThreatOfViolence Optional heathcoat.parents.11",
                "PupilPossibleCrime Optional heathcoat.students.16",
            ],
            ignoreOrder: true);
        foreach (var kind in new[] { PoliceTriggerKind.Harassment, PoliceTriggerKind.RacialOrHomophobic, PoliceTriggerKind.GrossObscenity, PoliceTriggerKind.ThreatOfViolence })
        {
            Trigger(Heathcoat, "parents.11", kind).Actor.ShouldBe(Role.School);
        }
    }

    [Theory]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    [InlineData(Testbourne)]
    public void Row20_PoliceIsNeverMandatoryWhereThePolicyOnlyAllowsIt(string packId) =>
        Parameters(packId).Police!.Triggers.ShouldNotContain(t => t.Mode == PoliceMode.Mandatory, $"{packId} makes no police referral mandatory");

    // Row 21 — procedures only one pack defines, enabled as workflow modules.
    private static void ShouldHaveModules(string packId, params (WorkflowModule Module, string[] Clauses)[] expected)
    {
        var modules = Parameters(packId).WorkflowModules;
        modules.ShouldNotBeNull($"{packId} enables workflow modules (row 21)");
        modules.Modules.Select(m => m.Module).ShouldBe(expected.Select(e => e.Module), ignoreOrder: true, $"{packId} row 21 modules");
        foreach (var (module, clauses) in expected)
        {
            var entry = modules.Modules.First(m => m.Module == module);
            entry.Clauses.ShouldCiteAll(packId, clauses);
        }
    }

    [Fact]
    public void Row21_Chapmanslade_JournalistContactExcessiveUseCommentModeration_behaviour_06_11_abuse_01_02() =>
        ShouldHaveModules(
            Chapmanslade,
            (WorkflowModule.JournalistContact, ["behaviour.06"]),
            (WorkflowModule.ExcessiveUseDisciplinary, ["behaviour.11"]),
            (WorkflowModule.CommentModeration, ["abuse.01", "abuse.02"]));

    [Fact]
    public void Row21_Testbourne_AccidentalAccessIndecentImageEvidenceExcessiveUse_5c_15_to_17_6b_07_to_09_5c_04() =>
        ShouldHaveModules(
            Testbourne,
            (WorkflowModule.AccidentalAccess, ["5c.15", "5c.16", "5c.17"]),
            (WorkflowModule.IndecentImageEvidence, ["6b.07", "6b.08", "6b.09"]),
            (WorkflowModule.ExcessiveUseDisciplinary, ["5c.04"]));

    [Fact]
    public void Row21_Cambrian_LadoCredentialHandoverCounsellingExcessiveUse_employer_action_07_08_breaches_02_employees_03() =>
        ShouldHaveModules(
            Cambrian,
            (WorkflowModule.LadoInvolvement, ["employer-action.07"]),
            (WorkflowModule.CredentialHandover, ["breaches.02"]),
            (WorkflowModule.StressCounselling, ["employer-action.08"]),
            (WorkflowModule.ExcessiveUseDisciplinary, ["employees.03"]));

    [Fact]
    public void Row21_StMarys_RecruitmentSearchBan_6_1_01() =>
        ShouldHaveModules(StMarys, (WorkflowModule.RecruitmentSearchBan, ["6-1.01"]));

    [Fact]
    public void Row21_Heathcoat_GovernorReportingHeadOfHouseCommentModeration_evaluation_01_staff_21_parents_children_01() =>
        ShouldHaveModules(
            Heathcoat,
            (WorkflowModule.GovernorBreachReporting, ["evaluation.01"]),
            (WorkflowModule.HeadOfHouseRouting, ["staff.21"]),
            (WorkflowModule.CommentModeration, ["parents-children.01"]));
}
