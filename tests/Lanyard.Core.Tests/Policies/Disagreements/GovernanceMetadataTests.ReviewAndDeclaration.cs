using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

// CLAUSES.md §3 rows 27–31: review cycle and triggers, version and history, declaration, training.
public sealed partial class GovernanceMetadataTests
{
    // Row 27 — review cycle.
    [Theory]
    [InlineData(Chapmanslade, 36)]
    [InlineData(Testbourne, 12)]
    [InlineData(Cambrian, 36)]
    [InlineData(StMarys, null)]
    [InlineData(Heathcoat, 12)]
    public void Row27_ReviewCycleMonths_PerPack(string packId, int? cycleMonths) =>
        Pack(packId).Review.CycleMonths.ShouldBe(cycleMonths, $"{packId} row 27 review cycle (null = not stated)");

    [Theory]
    [InlineData(Chapmanslade, "review.03")]
    [InlineData(Testbourne, "meta.01")]
    [InlineData(Cambrian, "meta.04")]
    [InlineData(Heathcoat, "evaluation.02")]
    public void Row27_ReviewCycle_CitesClauses(string packId, params string[] clauses) =>
        Pack(packId).Review.Clauses.ShouldCiteAll(packId, clauses);

    [Fact]
    public void Row27_Cambrian_ThreeYearsApplied_BiYearlyRecordedAsInconsistency_meta_04_monitoring_review_02()
    {
        var pack = Pack(Cambrian);

        pack.Review.CycleMonths.ShouldBe(36);
        pack.Review.LastReviewed.ShouldBe(Date("2022-12-19"));
        pack.Review.NextReview.ShouldBe(Date("2025-12-19"));
        pack.Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(Cambrian, "meta.04")) && i.Clauses.Contains(Id(Cambrian, "monitoring-review.02")),
            "3 years (meta.04) vs 'bi-yearly' (monitoring-review.02) must be recorded");
    }

    [Fact]
    public void Row27_StMarys_NoCycleAndNoNextReviewStated_meta_03()
    {
        var review = Pack(StMarys).Review;

        review.CycleMonths.ShouldBeNull();
        review.NextReview.ShouldBeNull();
        Pack(StMarys).Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(StMarys, "meta.03")),
            "the missing review cycle must be reported");
    }

    [Theory]
    [InlineData(Chapmanslade, "2024-10")]
    [InlineData(Testbourne, "2018-04")]
    [InlineData(Cambrian, "2025-12-19")]
    public void Row27_NextReviewAsTheDocumentStatesIt_chapmanslade_review_05_testbourne_meta_06_cambrian_meta_04(string packId, string nextReview) =>
        Pack(packId).Review.NextReview.ShouldBe(Date(nextReview), $"{packId} next review as printed");

    // Row 28 — events that trigger an early review.
    [Theory]
    [InlineData(Chapmanslade, new[] { ReviewTrigger.StatutoryGuidanceChange, ReviewTrigger.FirstOfficialAccount })]
    [InlineData(Testbourne, new ReviewTrigger[0])]
    [InlineData(Cambrian, new[] { ReviewTrigger.Legislation, ReviewTrigger.GoodPracticeGuidance, ReviewTrigger.CaseLaw, ReviewTrigger.SignificantIncident })]
    [InlineData(StMarys, new ReviewTrigger[0])]
    [InlineData(Heathcoat, new ReviewTrigger[0])]
    public void Row28_ReviewTriggers_PerPack(string packId, ReviewTrigger[] triggers) =>
        Pack(packId).Review.Triggers.ShouldBe(triggers, ignoreOrder: true, $"{packId} row 28 review triggers");

    [Theory]
    [InlineData(Chapmanslade, "review.01", "review.05")]
    [InlineData(Cambrian, "monitoring-review.03")]
    public void Row28_ReviewTriggers_CitesClauses(string packId, params string[] clauses) =>
        Pack(packId).Review.Clauses.ShouldCiteAll(packId, clauses);

    [Fact]
    public void Row28_Heathcoat_AnnualReviewConsiderationsAreStatedNotTriggers_evaluation_02()
    {
        var review = Pack(Heathcoat).Review;

        review.Triggers.ShouldBeEmpty();
        review.CycleAsStated.ShouldNotBeNull();
        review.CycleAsStated.ShouldContain("good practice", Case.Insensitive);
        review.CycleAsStated.ShouldContain("technology", Case.Insensitive);
    }

    // Row 29 — version, status and history.
    [Theory]
    [InlineData(Chapmanslade, "October 2021")]
    [InlineData(Testbourne, "1.1.0")]
    [InlineData(Cambrian, "1.0")]
    [InlineData(StMarys, "2.0")]
    [InlineData(Heathcoat, "November 2021")]
    public void Row29_Version_PerPack(string packId, string version) =>
        Pack(packId).Version.ShouldBe(version, $"{packId} row 29 version");

    [Theory]
    [InlineData(Chapmanslade, null)]
    [InlineData(Testbourne, false)]
    [InlineData(Cambrian, null)]
    [InlineData(StMarys, null)]
    [InlineData(Heathcoat, null)]
    public void Row29_Statutory_OnlyTestbourneStatesDiscretionary_testbourne_meta_04(string packId, bool? statutory) =>
        Pack(packId).Statutory.ShouldBe(statutory, $"{packId} row 29 statutory (null = not stated)");

    [Fact]
    public void Row29_Testbourne_FullChangeHistoryEndingAt1_1_0_testbourne_8_02()
    {
        var history = Pack(Testbourne).ChangeHistory;

        history.Select(h => h.Version).ShouldBe(["0.1", "0.1.1", "0.2", "0.3", "1.0", "1.0.1", "1.0.2", "1.0.3", "1.1.0"], "document order");
        history.Single(h => h.Version == "1.0").Date.ShouldBe(Date("2017-04-27"), "ratification by governors");
        history.Single(h => h.Version == "1.0.1").Date.ShouldBe(Date("2017-10-21"));
        history.Single(h => h.Version == "1.0.3").Date.ShouldBe(Date("2018-04-24"));
        history.Single(h => h.Version == "1.1.0").Date.ShouldBe(Date("2018-04-24"));
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row29_ChangeHistory_OnlyTestbourneHasOne(string packId) =>
        Pack(packId).ChangeHistory.ShouldBeEmpty($"{packId} gives no change history");

    [Fact]
    public void Row29_StMarys_SeftonTemplateV2_0_meta_01() =>
        Pack(StMarys).Source.Template.ShouldBe("Sefton Council Personnel: Schools Team V2.0 (February 2022)");

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(Heathcoat)]
    public void Row29_Template_OnlyStMarysNamesOne(string packId) =>
        Pack(packId).Source.Template.ShouldBeNull($"{packId} is not built from a named template");

    // Row 30 — staff declaration / read-and-sign.
    [Theory]
    [InlineData(Chapmanslade, DeclarationKind.Acknowledgement)]
    [InlineData(Testbourne, DeclarationKind.ReadAndSign)]
    [InlineData(Cambrian, DeclarationKind.ManagerEnsuresUnderstanding)]
    public void Row30_Declaration_KindPerPack(string packId, DeclarationKind kind)
    {
        var declaration = Parameters(packId).Declaration;

        declaration.ShouldNotBeNull($"{packId} answers row 30");
        declaration.Kind.ShouldBe(kind, $"{packId} row 30 declaration kind");
    }

    [Theory]
    [InlineData(Chapmanslade, "roles-staff.01")]
    [InlineData(Testbourne, "7.01", "decl.02")]
    [InlineData(Cambrian, "managers.02")]
    public void Row30_Declaration_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).Declaration.ShouldCite(packId, clauses);

    [Fact]
    public void Row30_Testbourne_ReadAndSignCapturesNameDepartmentSignatureDate_decl_02() =>
        Parameters(Testbourne).Declaration!.Fields.ShouldBe(
            [DeclarationField.PrintedName, DeclarationField.Department, DeclarationField.Signature, DeclarationField.Date],
            ignoreOrder: true);

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    public void Row30_NoSignatureFieldsWhereNoSignatureIsRequired(string packId) =>
        Parameters(packId).Declaration!.Fields.ShouldBeEmpty($"{packId} requires no signature");

    [Theory]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row30_Declaration_IsSilentElsewhere(string packId) =>
        Parameters(packId).Declaration.ShouldBeSilent(packId, "row 30 (staff declaration)");

    // Row 31 — training.
    [Fact]
    public void Row31_Training_ChapmansladeRequiresItFromSlt_NoInterval_roles_slt_01_roles_staff_02()
    {
        var training = Parameters(Chapmanslade).Training;

        training.ShouldCite(Chapmanslade, "roles-slt.01", "roles-staff.02");
        training!.Required.ShouldBeTrue();
        training.ProviderRole.ShouldBe(Role.Slt);
        training.IntervalMonths.ShouldBeNull("the policy sets no interval");
    }

    [Theory]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row31_Training_IsSilentElsewhere(string packId) =>
        Parameters(packId).Training.ShouldBeSilent(packId, "row 31 (training)");
}
