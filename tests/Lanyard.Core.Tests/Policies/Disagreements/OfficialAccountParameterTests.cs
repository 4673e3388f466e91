using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 row 13: requirements on official accounts (the account register's validators).</summary>
public sealed class OfficialAccountParameterTests
{
    /// <summary>One validator as "Rule clause Verdict [approver=Role] [exempt=Platform+…] [for=Purpose+…]".</summary>
    private static string Describe(AccountValidator v)
    {
        var text = $"{v.Rule} {v.Clause} {v.Verdict}";
        if (v.ApproverRole is { } approver)
        {
            text += $" approver={approver}";
        }

        if (v.ExemptPlatforms.Count > 0)
        {
            text += $" exempt={string.Join('+', v.ExemptPlatforms)}";
        }

        if (v.Purposes.Count > 0)
        {
            text += $" for={string.Join('+', v.Purposes)}";
        }

        return text;
    }

    private static void ShouldHaveValidators(string packId, params string[] expected)
    {
        var rules = Parameters(packId).OfficialAccounts;
        rules.ShouldNotBeNull($"{packId} sets official-account requirements (row 13)");
        rules.Validators.Select(Describe).ShouldBe(expected, ignoreOrder: true, $"{packId} row 13 validators");
    }

    [Fact]
    public void Row13_Chapmanslade_FirstAccountTriggersReview_PersonalAccountNamingFlagged_review_01_roles_staff_03()
    {
        var rules = Parameters(Chapmanslade).OfficialAccounts;

        rules.ShouldCite(Chapmanslade, "review.01");
        rules!.FirstAccountTriggersReview.ShouldBeTrue("review.01: starting an account triggers a policy review");
        ShouldHaveValidators(
            Chapmanslade,
            "PersonalAccountNotNamedAfterSchool chapmanslade.roles-staff.03 Flag");
    }

    [Fact]
    public void Row13_Testbourne_SchoolEmailLinkedInExempt_SltApproval_PlatformAge_ParentsTold_5b_05_to_07_5b_18_to_21()
    {
        ShouldHaveValidators(
            Testbourne,
            "LinkedEmailSchoolDomain testbourne.5b.06 Block exempt=ProfessionalNetwork",
            "NoPersonalAccountsForSchoolBusiness testbourne.5b.05 Block exempt=ProfessionalNetwork",
            "ApprovalRequired testbourne.5b.21 Hold approver=Slt",
            "PlatformMinimumAgeFitsPupils testbourne.5b.18 Block",
            "ParentsInformed testbourne.5b.19 Hold");
        Parameters(Testbourne).OfficialAccounts!.FirstAccountTriggersReview.ShouldBeFalse();
    }

    [Fact]
    public void Row13_Testbourne_LinkedInExemptionCitesItsClause_testbourne_5b_07() =>
        Parameters(Testbourne).OfficialAccounts.ShouldCite(Testbourne, "5b.05", "5b.06", "5b.07", "5b.18", "5b.19", "5b.21");

    [Fact]
    public void Row13_Cambrian_IsSilent_TrustAccountsAssumedWithNoCreationRules() =>
        Parameters(Cambrian).OfficialAccounts.ShouldBeSilent(Cambrian, "row 13 (official account requirements)");

    [Fact]
    public void Row13_StMarys_ClosedCurriculumSpaces_HeadteacherAgreementAndSafetyMeasures_4_2_02_4_2_03()
    {
        ShouldHaveValidators(
            StMarys,
            "ApprovalRequired st-marys-sefton.4-2.02 Hold approver=Headteacher for=ClosedSpace",
            "SafetyMeasuresRequired st-marys-sefton.4-2.03 Block for=ClosedSpace");
        Parameters(StMarys).OfficialAccounts.ShouldCite(StMarys, "4-2.02", "4-2.03");
        Parameters(StMarys).OfficialAccounts!.FirstAccountTriggersReview.ShouldBeFalse();
    }

    [Fact]
    public void Row13_Heathcoat_SanctionedAccountRules_sanctioned_03_to_11_staff_15_16()
    {
        ShouldHaveValidators(
            Heathcoat,
            "AdminsRestricted heathcoat.sanctioned.03 Block",
            "ApprovalRequired heathcoat.sanctioned.05 Block approver=Headteacher for=Curriculum+ClosedSpace",
            "SeparateFromPersonalAccounts heathcoat.sanctioned.06 Block for=Curriculum+ClosedSpace",
            "LinkedEmailSchoolDomain heathcoat.sanctioned.07 Block for=Curriculum+ClosedSpace",
            "LeadershipNotifiedBeforePupilAccess heathcoat.sanctioned.08 Block for=Curriculum+ClosedSpace",
            "PolicyLinkRequired heathcoat.sanctioned.11 Block for=Curriculum+ClosedSpace",
            "NoSchoolEmailOnPersonalAccounts heathcoat.staff.15 Flag",
            "NoSchoolEmailOnPersonalAccounts heathcoat.staff.16 Flag");
        Parameters(Heathcoat).OfficialAccounts.ShouldCite(
            Heathcoat, "sanctioned.03", "sanctioned.05", "sanctioned.06", "sanctioned.07", "sanctioned.08", "sanctioned.11");
        Parameters(Heathcoat).OfficialAccounts!.FirstAccountTriggersReview.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row13_EveryValidatorCitesAClauseOfItsOwnPack(string packId)
    {
        var pack = Pack(packId);
        pack.Parameters.OfficialAccounts.ShouldNotBeNull();

        foreach (var validator in pack.Parameters.OfficialAccounts.Validators)
        {
            pack.FindClause(validator.Clause).ShouldNotBeNull($"{packId}: validator {validator.Rule} cites unknown clause {validator.Clause}");
        }
    }
}
