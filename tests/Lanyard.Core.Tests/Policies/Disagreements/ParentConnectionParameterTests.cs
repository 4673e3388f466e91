using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 7–8: staff and parents on personal accounts, and the channel for talking to parents.</summary>
public sealed class ParentConnectionParameterTests
{
    // Row 7 — five answers: silent; warn; ban unless prior relationship; Head teacher advice; conflict test.
    [Theory]
    [InlineData(Testbourne, ParentConnectionMode.Warn)]
    [InlineData(Cambrian, ParentConnectionMode.BlockUnlessPriorRelationship)]
    [InlineData(StMarys, ParentConnectionMode.HoldForHeadteacherAdvice)]
    [InlineData(Heathcoat, ParentConnectionMode.ConflictOfInterestTest)]
    public void Row07_ParentConnection_ModePerPack(string packId, ParentConnectionMode mode)
    {
        var rule = Parameters(packId).ParentConnection;

        rule.ShouldNotBeNull($"{packId} addresses staff-parent connections (row 7)");
        rule.Mode.ShouldBe(mode, $"{packId} row 7 mode");
    }

    [Fact]
    public void Row07_ParentConnection_ChapmansladeIsSilent() =>
        Parameters(Chapmanslade).ParentConnection.ShouldBeSilent(Chapmanslade, "row 7 (parents as friends)");

    [Theory]
    [InlineData(Testbourne, "5d.08")]
    [InlineData(Cambrian, "acceptable-use.15", "acceptable-use.16", "acceptable-use.17")]
    [InlineData(StMarys, "5-4d.01", "5-4f.01")]
    [InlineData(Heathcoat, "staff.05")]
    public void Row07_ParentConnection_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).ParentConnection.ShouldCite(packId, clauses);

    [Fact]
    public void Row07_CambrianBansBothWaysUnlessPriorRelationship_ThenWarns_cambrian_acceptable_use_15_to_18()
    {
        var rule = Parameters(Cambrian).ParentConnection;

        rule.ShouldNotBeNull();
        rule.Actions.ShouldBe([ConnectionAction.AcceptRequest, ConnectionAction.SendRequest], ignoreOrder: true);
        rule.WarnWhenExcepted.ShouldBeTrue("acceptable-use.18: professional judgement where a prior relationship exists");
        rule.Clauses.ShouldContain(Id(Cambrian, "acceptable-use.18"));
    }

    [Fact]
    public void Row07_StMarysHoldsIncomingRequestsForHeadteacherAdvice_OutgoingHaveNoRoute_st_marys_5_4d_5_4f()
    {
        var rule = Parameters(StMarys).ParentConnection;

        rule.ShouldNotBeNull();
        rule.ParentsOf.ShouldBe(ParentScope.CurrentAndFormerPupilsUnderAge);
        rule.FormerPupilUnderAge.ShouldBe(18);
        rule.Actions.ShouldBe([ConnectionAction.AcceptRequest, ConnectionAction.SendRequest], ignoreOrder: true);
        rule.AdviceRole.ShouldBe(Role.Headteacher);
        rule.AdviceActions.ShouldBe([ConnectionAction.AcceptRequest], "5-4f.01: no Head teacher exception for outgoing requests");
        rule.AdviceActions.ShouldNotContain(ConnectionAction.SendRequest);
    }

    [Theory]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(Heathcoat)]
    public void Row07_HeadteacherAdviceRoute_IsStMarysAlone(string packId)
    {
        var rule = Parameters(packId).ParentConnection;

        rule.ShouldNotBeNull();
        rule.AdviceRole.ShouldBeNull($"{packId} has no Head teacher advice route");
        rule.AdviceActions.ShouldBeEmpty($"{packId} has no Head teacher advice route");
    }

    [Fact]
    public void Row07_TestbourneOnlyWarns_testbourne_5d_08()
    {
        var rule = Parameters(Testbourne).ParentConnection;

        rule.ShouldNotBeNull();
        rule.Mode.ShouldBe(ParentConnectionMode.Warn, "5d.08: take care → warn, not block");
    }

    // Row 8 — channel for staff ↔ parent communication.
    [Theory]
    [InlineData(Testbourne, new CommunicationChannel[0], new[] { CommunicationChannel.PersonalSocialMedia, CommunicationChannel.PersonalEmail })]
    [InlineData(Cambrian, new[] { CommunicationChannel.OfficialTrustAccount }, new[] { CommunicationChannel.PersonalSocialMedia })]
    [InlineData(Heathcoat, new[] { CommunicationChannel.OfficialSchoolEmail }, new[] { CommunicationChannel.PersonalEmail })]
    public void Row08_ParentCommunication_ChannelsPerPack(string packId, CommunicationChannel[] allowed, CommunicationChannel[] forbidden)
    {
        var channels = Parameters(packId).ParentCommunication;

        channels.ShouldNotBeNull($"{packId} sets a channel for talking to parents (row 8)");
        channels.Allowed.ShouldBe(allowed, ignoreOrder: true, $"{packId} row 8 allowed channels");
        channels.Forbidden.ShouldBe(forbidden, ignoreOrder: true, $"{packId} row 8 forbidden channels");
    }

    [Theory]
    [InlineData(Testbourne, "5b.05")]
    [InlineData(Cambrian, "acceptable-use.19")]
    [InlineData(Heathcoat, "staff.17")]
    public void Row08_ParentCommunication_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).ParentCommunication.ShouldCite(packId, clauses);

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(StMarys)]
    public void Row08_ParentCommunication_IsSilentElsewhere(string packId) =>
        Parameters(packId).ParentCommunication.ShouldBeSilent(packId, "row 8 (parent communication channel)");
}
