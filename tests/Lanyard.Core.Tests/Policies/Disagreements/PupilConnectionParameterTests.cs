using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 1–6: staff contact with current and former pupils on personal accounts.</summary>
public sealed class PupilConnectionParameterTests
{
    // Row 1 — staff ↔ current pupils. Only Testbourne limits the ban to under-18s; Cambrian applies
    // app1.01 (any age) over acceptable-use.12 and records the conflict.
    [Theory]
    [InlineData(Chapmanslade, AgeRule.Always, null)]
    [InlineData(Testbourne, AgeRule.UnderAge, 18)]
    [InlineData(Cambrian, AgeRule.Always, null)]
    [InlineData(StMarys, AgeRule.Always, null)]
    [InlineData(Heathcoat, AgeRule.Always, null)]
    public void Row01_CurrentPupilContact_BlockedAgePerPack(string packId, AgeRule blocked, int? age)
    {
        var rule = Parameters(packId).CurrentPupilContact;

        rule.ShouldNotBeNull($"{packId} bans staff contact with current pupils (row 1)");
        rule.Blocked.ShouldBe(blocked, $"{packId} row 1 blocked");
        rule.Age.ShouldBe(age, $"{packId} row 1 age (null = any age)");
    }

    [Theory]
    [InlineData(Chapmanslade, "personal-pupil.01", "scope.11")]
    [InlineData(Testbourne, "5d.04", "5d.05")]
    [InlineData(Cambrian, "app1.01")]
    [InlineData(StMarys, "5-4c.01", "5-4e.01")]
    [InlineData(Heathcoat, "staff.03")]
    public void Row01_CurrentPupilContact_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).CurrentPupilContact.ShouldCite(packId, clauses);

    [Fact]
    public void Row01_CurrentPupilAged18_TestbourneAloneLeavesThemUncovered_testbourne_5d_04()
    {
        var testbourne = Parameters(Testbourne).CurrentPupilContact;
        testbourne.ShouldNotBeNull();
        testbourne.Blocked.ShouldBe(AgeRule.UnderAge);
        testbourne.Age.ShouldBe(18);

        foreach (var other in new[] { Chapmanslade, Cambrian, StMarys, Heathcoat })
        {
            Parameters(other).CurrentPupilContact!.Blocked.ShouldBe(AgeRule.Always, $"{other} bans current pupils of any age");
        }
    }

    [Fact]
    public void Row01_CambrianAppliesAppendixBanOverUnder18Text_cambrian_app1_01_acceptable_use_12()
    {
        var rule = Parameters(Cambrian).CurrentPupilContact;

        rule.ShouldNotBeNull();
        rule.Blocked.ShouldBe(AgeRule.Always);
        rule.Clauses.ShouldContain(Id(Cambrian, "app1.01"));
        Pack(Cambrian).Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(Cambrian, "acceptable-use.12")) && i.Clauses.Contains(Id(Cambrian, "app1.01")),
            "the under-18 text (acceptable-use.12) vs the any-age appendix (app1.01) must be recorded as an inconsistency");
    }

    // Row 2 — former pupils' cut-off age: Chapmanslade bans for life; the other four ban under 18.
    [Theory]
    [InlineData(Chapmanslade, AgeRule.Always, null)]
    [InlineData(Testbourne, AgeRule.UnderAge, 18)]
    [InlineData(Cambrian, AgeRule.UnderAge, 18)]
    [InlineData(StMarys, AgeRule.UnderAge, 18)]
    [InlineData(Heathcoat, AgeRule.UnderAge, 18)]
    public void Row02_FormerPupilContact_CutOffAgePerPack(string packId, AgeRule blocked, int? age)
    {
        var rule = Parameters(packId).FormerPupilContact;

        rule.ShouldNotBeNull($"{packId} restricts contact with former pupils (row 2)");
        rule.Blocked.ShouldBe(blocked, $"{packId} row 2 blocked");
        rule.Age.ShouldBe(age, $"{packId} row 2 age (null = for life)");
    }

    [Theory]
    [InlineData(Chapmanslade, "personal-pupil.01")]
    [InlineData(Testbourne, "5d.04", "5d.05")]
    [InlineData(Cambrian, "acceptable-use.12", "acceptable-use.13")]
    [InlineData(StMarys, "5-4c.02", "5-4e.01")]
    [InlineData(Heathcoat, "staff.04")]
    public void Row02_FormerPupilContact_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).FormerPupilContact.ShouldCite(packId, clauses);

    [Fact]
    public void Row02_FormerPupilCutOff_ChapmansladeBansForLife_personal_pupil_01()
    {
        var rule = Parameters(Chapmanslade).FormerPupilContact;

        rule.ShouldNotBeNull();
        rule.Blocked.ShouldBe(AgeRule.Always);
        rule.Age.ShouldBeNull();
        rule.Clauses.ShouldContain(Id(Chapmanslade, "personal-pupil.01"));
    }

    // Row 3 — the 18–25 warning band is Testbourne's alone.
    [Fact]
    public void Row03_FormerPupilWarning_TestbourneWarnsUntil25_testbourne_5d_07()
    {
        var band = Parameters(Testbourne).FormerPupilWarning;

        band.ShouldCite(Testbourne, "5d.07");
        band!.UntilAge.ShouldBe(25);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row03_FormerPupilWarning_IsSilentElsewhere(string packId) =>
        Parameters(packId).FormerPupilWarning.ShouldBeSilent(packId, "row 3 (young-adult warning band)");

    // Row 4 — which actions each ban covers.
    [Theory]
    [InlineData(Chapmanslade, new[] { ConnectionAction.Follow, ConnectionAction.Engage, ConnectionAction.AnyContact })]
    [InlineData(Testbourne, new[] { ConnectionAction.AnyContact, ConnectionAction.AcceptRequest })]
    [InlineData(Cambrian, new[] { ConnectionAction.AcceptRequest, ConnectionAction.SendRequest, ConnectionAction.Message, ConnectionAction.Engage })]
    [InlineData(StMarys, new[] { ConnectionAction.AcceptRequest, ConnectionAction.SendRequest })]
    [InlineData(Heathcoat, new[] { ConnectionAction.AcceptRequest, ConnectionAction.Follow })]
    public void Row04_CurrentPupilContact_ActionsPerPack(string packId, ConnectionAction[] actions)
    {
        var rule = Parameters(packId).CurrentPupilContact;

        rule.ShouldNotBeNull();
        rule.Actions.ShouldBe(actions, ignoreOrder: true, $"{packId} row 4 actions (current pupils)");
    }

    [Theory]
    [InlineData(Chapmanslade, new[] { ConnectionAction.Follow, ConnectionAction.Engage, ConnectionAction.AnyContact })]
    [InlineData(Testbourne, new[] { ConnectionAction.AnyContact, ConnectionAction.AcceptRequest })]
    [InlineData(Cambrian, new[] { ConnectionAction.AcceptRequest, ConnectionAction.SendRequest })]
    [InlineData(StMarys, new[] { ConnectionAction.AcceptRequest, ConnectionAction.SendRequest })]
    [InlineData(Heathcoat, new[] { ConnectionAction.AnyContact })]
    public void Row04_FormerPupilContact_ActionsPerPack(string packId, ConnectionAction[] actions)
    {
        var rule = Parameters(packId).FormerPupilContact;

        rule.ShouldNotBeNull();
        rule.Actions.ShouldBe(actions, ignoreOrder: true, $"{packId} row 4 actions (former pupils)");
    }

    // Row 5 — family exception: none / any family / parent or carer only.
    [Theory]
    [InlineData(Chapmanslade, FamilyExceptionMode.None)]
    [InlineData(Testbourne, FamilyExceptionMode.AnyFamily)]
    [InlineData(Cambrian, FamilyExceptionMode.ParentOrCarerOnly)]
    [InlineData(StMarys, FamilyExceptionMode.None)]
    [InlineData(Heathcoat, FamilyExceptionMode.None)]
    public void Row05_FamilyException_PerPack(string packId, FamilyExceptionMode mode)
    {
        var rule = Parameters(packId).PupilFamilyException;

        rule.ShouldNotBeNull($"{packId} answers row 5 (a 'none' answer is still an answer)");
        rule.Mode.ShouldBe(mode, $"{packId} row 5 family exception");
    }

    [Theory]
    [InlineData(Chapmanslade, "personal-pupil.01")]
    [InlineData(Testbourne, "5d.06")]
    [InlineData(Cambrian, "acceptable-use.14")]
    public void Row05_FamilyException_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).PupilFamilyException.ShouldCite(packId, clauses);

    // Row 6 — "unauthorised" implies an authorisation route at Testbourne, with no authoriser named.
    [Fact]
    public void Row06_ContactAuthorisation_TestbourneHasRouteWithUnnamedAuthoriser_testbourne_5d_04()
    {
        var authorisation = Parameters(Testbourne).PupilContactAuthorisation;

        authorisation.ShouldCite(Testbourne, "5d.04");
        authorisation!.AuthoriserRole.ShouldBeNull("the policy names no authoriser");
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row06_ContactAuthorisation_IsSilentElsewhere(string packId) =>
        Parameters(packId).PupilContactAuthorisation.ShouldBeSilent(packId, "row 6 (authorisation route)");
}
