using Lanyard.Core.Policies;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>
/// CLAUSES.md §3 rows 24–31: who is bound, level, approval, review, version, declaration and training.
/// This part covers rows 24–26; rows 27–31 are in GovernanceMetadataTests.ReviewAndDeclaration.cs.
/// </summary>
public sealed partial class GovernanceMetadataTests
{
    private static PackDate Date(string text)
    {
        PackDate.TryParse(text, out var date).ShouldBeTrue($"test data: {text} is a pack date");
        return date;
    }

    // Row 24 — who is bound.
    [Theory]
    [InlineData(Chapmanslade, new[] { Role.Staff, Role.Governors })]
    [InlineData(Testbourne, new[] { Role.Governors, Role.Employees, Role.Contractors, Role.Trainees, Role.Volunteers })]
    [InlineData(Cambrian, new[] { Role.Employees, Role.CasualWorkers, Role.Volunteers, Role.AgencyStaff })]
    [InlineData(StMarys, new[] { Role.Employees, Role.TemporaryStaff, Role.AgencyStaff, Role.Contractors, Role.Secondees })]
    [InlineData(Heathcoat, new[] { Role.Pupils, Role.Staff, Role.Parents, Role.WiderCommunity })]
    public void Row24_BoundRoles_PerPack(string packId, Role[] boundRoles) =>
        Pack(packId).BoundRoles.ShouldBe(boundRoles, ignoreOrder: true, $"{packId} row 24 bound roles");

    [Theory]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    public void Row24_GovernorsAreNotBoundWhereTheScopeOmitsThem_cambrian_purpose_04_st_marys_3_2_01(string packId) =>
        Pack(packId).BoundRoles.ShouldNotContain(Role.Governors, $"{packId}'s scope does not name governors");

    [Fact]
    public void Row24_StMarysDoesNotBindVolunteers_st_marys_3_2_01() =>
        Pack(StMarys).BoundRoles.ShouldNotContain(Role.Volunteers);

    // Row 25 — the level the pack attaches to.
    [Theory]
    [InlineData(Chapmanslade, OrganisationLevel.School)]
    [InlineData(Testbourne, OrganisationLevel.School)]
    [InlineData(Cambrian, OrganisationLevel.Trust)]
    [InlineData(StMarys, OrganisationLevel.School)]
    [InlineData(Heathcoat, OrganisationLevel.Federation)]
    public void Row25_OrganisationLevel_PerPack(string packId, OrganisationLevel level) =>
        Pack(packId).Organisation.Level.ShouldBe(level, $"{packId} row 25 level");

    // Row 26 — approver.
    [Theory]
    [InlineData(Chapmanslade, ApprovalKind.Body, "Governing Board", null, "2021-10", true)]
    [InlineData(Testbourne, ApprovalKind.Body, "Full Governing Body", null, "2017-04", false)]
    [InlineData(Cambrian, ApprovalKind.Role, null, Role.Coo, "2022-12-19", false)]
    [InlineData(StMarys, ApprovalKind.Signatories, null, null, "2022-02-22", false)]
    [InlineData(Heathcoat, ApprovalKind.Committee, "Learning, Progress and Welfare Committee", null, "2021-11-10", false)]
    public void Row26_Approval_KindApproverAndDatePerPack(string packId, ApprovalKind kind, string? body, Role? role, string date, bool inferred)
    {
        var approval = Pack(packId).Approval;

        approval.Kind.ShouldBe(kind, $"{packId} row 26 approval kind");
        approval.Body.ShouldBe(body, $"{packId} row 26 approving body");
        approval.Role.ShouldBe(role, $"{packId} row 26 approving role");
        approval.Date.ShouldBe(Date(date), $"{packId} row 26 approval date");
        approval.Inferred.ShouldBe(inferred, $"{packId} row 26 approver inferred");
    }

    [Theory]
    [InlineData(Chapmanslade, "review.04")]
    [InlineData(Testbourne, "meta.05")]
    [InlineData(Cambrian, "meta.02")]
    [InlineData(StMarys, "meta.02")]
    [InlineData(Heathcoat, "meta.04", "meta.05")]
    public void Row26_Approval_CitesClauses(string packId, params string[] clauses) =>
        Pack(packId).Approval.Clauses.ShouldCiteAll(packId, clauses);

    [Fact]
    public void Row26_Chapmanslade_ApprovedOctober2021ByImpliedGoverningBoard_review_04()
    {
        var approval = Pack(Chapmanslade).Approval;

        approval.Date.ShouldNotBeNull();
        approval.Date.Value.IsMonthOnly.ShouldBeTrue("the document gives only 'October 2021'");
        approval.Date.Value.ToString().ShouldBe("2021-10");
        approval.Inferred.ShouldBeTrue("the approving body is implied, not stated");
        approval.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void Row26_Testbourne_FullGoverningBodyApril2017_CommitteeFinanceCommunityAndBusiness_meta_03_meta_05()
    {
        var pack = Pack(Testbourne);

        pack.Approval.Date!.Value.ToString().ShouldBe("2017-04");
        pack.ResponsibleCommittee.ShouldBe("Finance, Community and Business");
        pack.Approval.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void Row26_Cambrian_CooIsAuthorAndApprover_meta_02()
    {
        var approval = Pack(Cambrian).Approval;

        approval.Role.ShouldBe(Role.Coo);
        approval.Body.ShouldBeNull("no board or committee approval is recorded");
        approval.Date!.Value.ToString().ShouldBe("2022-12-19");
        approval.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void Row26_StMarys_ChairAndHeadSignatureLinesBlankInCopy_Dated22_2_22_meta_02()
    {
        var approval = Pack(StMarys).Approval;

        approval.Signatures.Select(s => s.Role).ShouldBe([Role.ChairOfGovernors, Role.Headteacher], ignoreOrder: true);
        approval.Signatures.ShouldAllBe(s => !s.SignedInCopy, "both signature lines are blank in the copy");
        approval.Signatures.ShouldAllBe(s => s.DateAsPrinted == "22.2.22");
        approval.Signatures.SelectMany(s => s.DateReadings).ShouldAllBe(d => d == Date("2022-02-22"), "22.2.22 has one reading");
        approval.AllSignaturesPresent.ShouldBeFalse("adoption is incomplete while signature lines are blank");
        approval.Date!.Value.ToString().ShouldBe("2022-02-22");
    }

    [Fact]
    public void Row26_Heathcoat_CommitteeAgreed10Nov2021_CoChairsDated12_10_21WithTwoReadings_meta_04_meta_05()
    {
        var approval = Pack(Heathcoat).Approval;

        approval.Date!.Value.ToString().ShouldBe("2021-11-10");
        var signature = approval.Signatures.ShouldHaveSingleItem();
        signature.Role.ShouldBe(Role.CoChairsOfGovernors);
        signature.SignedInCopy.ShouldBeTrue();
        signature.DateAsPrinted.ShouldBe("12-10-21");
        signature.DateReadings.Select(d => d.ToString()).ShouldBe(["2021-10-12", "2021-12-10"], ignoreOrder: true);
        Pack(Heathcoat).Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(Heathcoat, "meta.05")),
            "the co-chairs' date 12-10-21 vs the committee date 10 Nov 2021 must be recorded");
    }
}
