using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 32–34: identifying with the school, political and other restricted content, recruitment searches.</summary>
public sealed class ContentParameterTests
{
    private static string Describe(ContentRestriction r) =>
        $"{string.Join('+', r.AuthorRoles.Order())} {r.Verdict} {r.Clause}";

    // Row 32 — staff identifying with the school on personal accounts (null = the pack says nothing on that point).
    [Theory]
    [InlineData(Chapmanslade, SchoolNamingRule.Never, false, null, null, null)]
    [InlineData(Testbourne, SchoolNamingRule.NotWhereDiscrediting, null, true, null, null)]
    [InlineData(Cambrian, null, null, null, null, true)]
    [InlineData(Heathcoat, null, null, null, true, null)]
    public void Row32_PersonalAccountIdentity_PerPack(
        string packId,
        SchoolNamingRule? mayNameSchool,
        bool? schoolBrandingAllowed,
        bool? mustIdentifyWhenActingForSchool,
        bool? mustNotPresentViewsAsSchools,
        bool? differentDisplayNameAdvised)
    {
        var identity = Parameters(packId).PersonalAccountIdentity;

        identity.ShouldNotBeNull($"{packId} answers row 32");
        identity.MayNameSchool.ShouldBe(mayNameSchool, $"{packId} row 32 may name school");
        identity.SchoolBrandingAllowed.ShouldBe(schoolBrandingAllowed, $"{packId} row 32 school branding allowed");
        identity.MustIdentifyWhenActingForSchool.ShouldBe(mustIdentifyWhenActingForSchool, $"{packId} row 32 must identify when acting for school");
        identity.MustNotPresentViewsAsSchools.ShouldBe(mustNotPresentViewsAsSchools, $"{packId} row 32 must not present views as the school's");
        identity.DifferentDisplayNameAdvised.ShouldBe(differentDisplayNameAdvised, $"{packId} row 32 different display name advised");
    }

    [Theory]
    [InlineData(Chapmanslade, "scope.09", "appendix.02")]
    [InlineData(Testbourne, "5d.01", "5b.04")]
    [InlineData(Cambrian, "app1.04")]
    [InlineData(Heathcoat, "principles.03")]
    public void Row32_PersonalAccountIdentity_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).PersonalAccountIdentity.ShouldCite(packId, clauses);

    [Fact]
    public void Row32_PersonalAccountIdentity_StMarysIsSilent() =>
        Parameters(StMarys).PersonalAccountIdentity.ShouldBeSilent(StMarys, "row 32 (identifying with the school)");

    // Row 33 — political content, per author role.
    [Fact]
    public void Row33_PoliticalContent_TestbourneBlocksStaff_testbourne_5b_14()
    {
        var political = Parameters(Testbourne).PoliticalContent;

        political.ShouldCite(Testbourne, "5b.14");
        political!.Rules.Select(Describe).ShouldBe(["Staff Block testbourne.5b.14"]);
    }

    [Fact]
    public void Row33_PoliticalContent_HeathcoatFlagsParents_heathcoat_parents_07()
    {
        var political = Parameters(Heathcoat).PoliticalContent;

        political.ShouldCite(Heathcoat, "parents.07");
        political!.Rules.Select(Describe).ShouldBe(["Parents Flag heathcoat.parents.07"]);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    public void Row33_PoliticalContent_IsSilentElsewhere(string packId) =>
        Parameters(packId).PoliticalContent.ShouldBeSilent(packId, "row 33 (political content)");

    [Fact]
    public void Row33_CommercialContent_TestbourneBlocksStaffAndSchoolSystemUsers_5b_15_5c_24()
    {
        var commercial = Parameters(Testbourne).CommercialContent;

        commercial.ShouldCite(Testbourne, "5b.15", "5c.24");
        commercial!.Rules.Select(Describe).ShouldBe(
            ["Staff Block testbourne.5b.15", "SchoolSystemUsers Block testbourne.5c.24"],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row33_CommercialContent_IsSilentElsewhere(string packId) =>
        Parameters(packId).CommercialContent.ShouldBeSilent(packId, "commercial content");

    [Fact]
    public void Row33_PersonalDetailRequests_StMarysBlocksSchoolAccounts_4_1e_01()
    {
        var requests = Parameters(StMarys).PersonalDetailRequests;

        requests.ShouldCite(StMarys, "4-1e.01");
        requests!.Rules.Select(Describe).ShouldBe(["SchoolAccount Block st-marys-sefton.4-1e.01"]);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(Heathcoat)]
    public void Row33_PersonalDetailRequests_IsSilentElsewhere(string packId) =>
        Parameters(packId).PersonalDetailRequests.ShouldBeSilent(packId, "requests for personal details");

    // Row 34 — recruitment social media searches.
    [Fact]
    public void Row34_RecruitmentOnlineSearch_StMarysProhibits_6_1_01()
    {
        var search = Parameters(StMarys).RecruitmentOnlineSearch;

        search.ShouldCite(StMarys, "6-1.01");
        search!.Allowed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(Heathcoat)]
    public void Row34_RecruitmentOnlineSearch_IsSilentElsewhere(string packId) =>
        Parameters(packId).RecruitmentOnlineSearch.ShouldBeSilent(packId, "row 34 (recruitment searches)");

    [Fact]
    public void Row34_StMarys_RecruitmentBanIsFlaggedAgainstLaterSaferRecruitmentGuidance_6_1_01() =>
        Pack(StMarys).FindClause(Id(StMarys, "6-1.01"))!.Ambiguity.ShouldNotBeNullOrWhiteSpace(
            "the inventory marks 6-1.01 ⚠: KCSIE 2022 onward asks schools to consider online searches");
}
