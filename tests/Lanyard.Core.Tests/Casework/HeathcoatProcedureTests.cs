using Lanyard.Core.Casework;

namespace Lanyard.Core.Tests.Casework;

public class HeathcoatProcedureTests
{
    private static CaseWalk ParentPost() => new CaseWalk("heathcoat", CaseType.ParentPost).Take(CaseStep.InitialAssessment);

    [Fact]
    public void Heathcoat_parents_08_to_12_LadderRunsFromDiscussionToLegalSteps()
    {
        var walk = ParentPost();
        walk.Allowed.ShouldContain(CaseStep.DiscussWithParent);
        walk.Allowed.ShouldContain(CaseStep.RequestRemoval);
        walk.Allowed.ShouldNotContain(CaseStep.WrittenWarning);

        walk.Take(CaseStep.DiscussWithParent).Take(CaseStep.RequestRemoval)
            .Take(CaseStep.RecordResponse, (CaseDetails.Response, "refused-and-continuing"));

        walk.Allowed.ShouldContain(CaseStep.LegalAdvice);
        walk.Allowed.ShouldContain(CaseStep.WrittenWarning);
        walk.Allowed.ShouldContain(CaseStep.ContactPolice);
        walk.Allowed.ShouldContain(CaseStep.OtherLegalAction);
        walk.Try(CaseStep.WrittenWarning).Clauses.ShouldBe(["heathcoat.parents.10"]);
        walk.Take(CaseStep.LegalAdvice).Take(CaseStep.OtherLegalAction).Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "legal-action")).Take(CaseStep.Close);
    }

    [Fact]
    public void Heathcoat_parents_09_LegalAdviceRefusedBeforeARefusalIsRecorded()
    {
        var walk = ParentPost().Take(CaseStep.DiscussWithParent).Take(CaseStep.RequestRemoval);

        var check = walk.Try(CaseStep.LegalAdvice);

        check.Allowed.ShouldBeFalse();
        check.Refusal!.ShouldStartWith("'legal-advice' is not allowed while the case is in-progress. Allowed now: ");
        check.Refusal.ShouldContain("record-response");
        check.Refusal.ShouldNotContain("legal-advice,");
    }

    [Fact]
    public void Heathcoat_parents_12_OtherLegalActionNotAfterAPlainRefusalThatStopped()
    {
        var walk = ParentPost().Take(CaseStep.DiscussWithParent).Take(CaseStep.RequestRemoval).Take(CaseStep.RecordResponse, (CaseDetails.Response, "removed"));

        walk.Allowed.ShouldNotContain(CaseStep.OtherLegalAction);
        walk.Try(CaseStep.RecordResponse, (CaseDetails.Response, "maybe")).Refusal!.ShouldContain("'response' must be one of: removed, refused, refused-and-continuing");
    }

    [Fact]
    public void Heathcoat_parents_11_PoliceOptionShownWhenFlagged_NotMandatory()
    {
        var walk = new CaseWalk("heathcoat", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment);
        walk.Allowed.ShouldNotContain(CaseStep.ContactPolice);

        walk.Take(CaseStep.AddNote, (CaseDetails.Flags, "racial-or-homophobic"));

        walk.Allowed.ShouldContain(CaseStep.ContactPolice);
        walk.Tasks.ShouldBeEmpty();
        walk.Try(CaseStep.Close).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Heathcoat_HasNoJournalistModule_SoNoReplyHoldOrMediaPolicyStep()
    {
        var walk = new CaseWalk("heathcoat", CaseType.JournalistContact).Take(CaseStep.InitialAssessment);

        walk.Allowed.ShouldNotContain(CaseStep.FollowMediaPolicy);
        walk.Try(CaseStep.ReplyToJournalist).Refusal!.ShouldStartWith("'reply-to-journalist' is not allowed while the case is triaged.");
        walk.Procedure.Table.Rows.ShouldNotContain(r => r.Trigger == CaseStep.ReplyToJournalist);
    }

    [Fact]
    public void Heathcoat_breaches_01_OutcomePicklistIsLegalDisciplinaryOrSanction()
    {
        new CaseWalk("heathcoat", CaseType.StaffBreach).Procedure.Outcomes.ShouldBe(["resolved", "no-breach", "legal-action", "disciplinary", "sanction"]);
    }
}
