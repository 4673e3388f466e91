using Lanyard.Core.Governance;

namespace Lanyard.Core.Tests.Governance;

public class PolicyVersionWorkflowTests
{
    private static PolicyVersion Version(long id, PolicyVersionState status, DateOnly? effective = null) => new()
    {
        Id = id,
        OrganisationId = 1,
        PackId = "testbourne",
        Version = "v" + id,
        Yaml = "",
        Status = status,
        DraftedFromVersion = "1.1.0",
        DraftedOn = new DateOnly(2026, 1, 1),
        DraftedByPersonId = 1,
        ApprovedOn = effective,
        EffectiveFrom = effective,
    };

    [Theory]
    [InlineData(PolicyVersionState.Draft, PolicyVersionStep.TakeEffect, "'take-effect' is not allowed while the version is draft. Allowed now: edit-draft, sign, approve, withdraw.")]
    [InlineData(PolicyVersionState.Approved, PolicyVersionStep.Withdraw, "'withdraw' is not allowed while the version is approved. Allowed now: take-effect.")]
    [InlineData(PolicyVersionState.Superseded, PolicyVersionStep.Approve, "'approve' is not allowed while the version is superseded. Allowed now: nothing (the workflow has ended).")]
    public void Refuse_IllegalStep_NamesTheAllowedSteps(PolicyVersionState state, PolicyVersionStep step, string message) =>
        PolicyVersionWorkflow.Refuse(step, state).ShouldBe(message);

    [Fact]
    public void Refuse_LegalStep_IsNull() => PolicyVersionWorkflow.Refuse(PolicyVersionStep.Approve, PolicyVersionState.Draft).ShouldBeNull();

    [Fact]
    public void StateOn_LatestEffectiveVersionIsInForce_EarlierSuperseded_FutureApproved_DraftsAsStored()
    {
        var v1 = Version(1, PolicyVersionState.Approved, new DateOnly(2026, 1, 10));
        var v2 = Version(2, PolicyVersionState.Approved, new DateOnly(2026, 3, 1));
        var draft = Version(3, PolicyVersionState.Draft);
        PolicyVersion[] all = [v1, v2, draft];

        all.Select(v => PolicyVersionWorkflow.StateOn(v, all, new DateOnly(2026, 1, 9))).ShouldBe([PolicyVersionState.Approved, PolicyVersionState.Approved, PolicyVersionState.Draft]);
        all.Select(v => PolicyVersionWorkflow.StateOn(v, all, new DateOnly(2026, 2, 1))).ShouldBe([PolicyVersionState.InForce, PolicyVersionState.Approved, PolicyVersionState.Draft]);
        all.Select(v => PolicyVersionWorkflow.StateOn(v, all, new DateOnly(2026, 3, 1))).ShouldBe([PolicyVersionState.Superseded, PolicyVersionState.InForce, PolicyVersionState.Draft]);
        PolicyVersionWorkflow.InForceOn(all, new DateOnly(2026, 1, 9)).ShouldBeNull();
    }
}
