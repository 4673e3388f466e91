using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 9–12: pupil photos, names with photos, consent and tagging.</summary>
public sealed class PupilImageParameterTests
{
    // Row 9 — where pupil photos may appear, per channel (null = the pack says nothing for that channel).
    [Theory]
    [InlineData(Chapmanslade, ImageRule.Allowed, null, ImageRule.Forbidden, null, true)]
    [InlineData(Testbourne, ImageRule.ApprovalRequired, ImageRule.ApprovalRequired, ImageRule.ApprovalRequired, null, false)]
    [InlineData(Cambrian, null, null, ImageRule.Forbidden, null, false)]
    [InlineData(StMarys, ImageRule.Allowed, ImageRule.Allowed, ImageRule.Forbidden, ImageRule.Forbidden, false)]
    [InlineData(Heathcoat, ImageRule.ConsentRequired, ImageRule.ConsentRequired, ImageRule.ConsentRequired, null, false)]
    public void Row09_PupilImages_ChannelsPerPack(
        string packId,
        ImageRule? officialAccounts,
        ImageRule? website,
        ImageRule? personalAccounts,
        ImageRule? workPhotosOnPersonalAccounts,
        bool noOfficialAccountYet)
    {
        var images = Parameters(packId).PupilImages;

        images.ShouldNotBeNull($"{packId} says where pupil photos may appear (row 9)");
        images.OfficialAccounts.ShouldBe(officialAccounts, $"{packId} row 9 official accounts");
        images.Website.ShouldBe(website, $"{packId} row 9 website");
        images.PersonalAccounts.ShouldBe(personalAccounts, $"{packId} row 9 personal accounts");
        images.WorkPhotosOnPersonalAccounts.ShouldBe(workPhotosOnPersonalAccounts, $"{packId} row 9 work photos on personal accounts");
        images.NoOfficialAccountYet.ShouldBe(noOfficialAccountYet, $"{packId} row 9 no official account yet");
    }

    [Theory]
    [InlineData(Chapmanslade, "images.01")]
    [InlineData(Testbourne, "5b.09")]
    [InlineData(Cambrian, "app1.13")]
    [InlineData(StMarys, "4-1f.01", "5-4a.01", "5-4b.01")]
    [InlineData(Heathcoat, "staff.06")]
    public void Row09_PupilImages_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).PupilImages.ShouldCite(packId, clauses);

    [Fact]
    public void Row09_ChapmansladeAllowsSchoolAccountsOnly_YetHasNone_chapmanslade_images_01_review_01()
    {
        var images = Parameters(Chapmanslade).PupilImages;

        images.ShouldNotBeNull();
        images.OfficialAccounts.ShouldBe(ImageRule.Allowed);
        images.PersonalAccounts.ShouldBe(ImageRule.Forbidden);
        images.NoOfficialAccountYet.ShouldBeTrue("review.01: the school has no official account yet");
        Pack(Chapmanslade).Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(Chapmanslade, "images.01")) && i.Clauses.Contains(Id(Chapmanslade, "review.01")),
            "images.01 (school-owned accounts) vs review.01 (no account yet) must be recorded");
    }

    // Row 10 — a name alongside a pupil photo.
    [Theory]
    [InlineData(Testbourne, NameWithPhotoPolicy.ApprovalRequired, false)]
    [InlineData(Cambrian, NameWithPhotoPolicy.NoName, false)]
    [InlineData(StMarys, NameWithPhotoPolicy.NoName, false)]
    [InlineData(Heathcoat, NameWithPhotoPolicy.FirstNameOnly, true)]
    public void Row10_NameWithPhoto_PolicyPerPack(string packId, NameWithPhotoPolicy policy, bool requiresConsent)
    {
        var rule = Parameters(packId).PupilNameWithPhoto;

        rule.ShouldNotBeNull($"{packId} answers row 10");
        rule.Policy.ShouldBe(policy, $"{packId} row 10 name policy");
        rule.RequiresConsent.ShouldBe(requiresConsent, $"{packId} row 10 requires consent");
    }

    [Theory]
    [InlineData(Testbourne, "5b.09")]
    [InlineData(Cambrian, "app1.13")]
    [InlineData(StMarys, "4-1f.01")]
    [InlineData(Heathcoat, "staff.09")]
    public void Row10_NameWithPhoto_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).PupilNameWithPhoto.ShouldCite(packId, clauses);

    [Fact]
    public void Row10_NameWithPhoto_ChapmansladeIsSilent() =>
        Parameters(Chapmanslade).PupilNameWithPhoto.ShouldBeSilent(Chapmanslade, "row 10 (name with photo)");

    [Fact]
    public void Row10_StMarysAllowsNoNameNotEvenFirstName_HeathcoatFirstNameWithConsent_st_marys_4_1f_01_heathcoat_staff_09()
    {
        Parameters(StMarys).PupilNameWithPhoto!.Policy.ShouldBe(NameWithPhotoPolicy.NoName);

        var heathcoat = Parameters(Heathcoat).PupilNameWithPhoto;
        heathcoat.ShouldNotBeNull();
        heathcoat.Policy.ShouldBe(NameWithPhotoPolicy.FirstNameOnly);
        heathcoat.RequiresConsent.ShouldBeTrue();
    }

    // Row 11 — consent model.
    [Fact]
    public void Row11_Consent_TestbourneApprovalPerUse_testbourne_5b_09()
    {
        var consent = Parameters(Testbourne).Consent;

        consent.ShouldCite(Testbourne, "5b.09");
        consent!.Model.ShouldBe(ConsentModel.ApprovalPerUse);
        consent.Period.ShouldBe(ConsentPeriod.PerUse);
        consent.ConflictingModel.ShouldBeNull("Testbourne's text does not contradict itself on consent");
    }

    [Fact]
    public void Row11_Consent_HeathcoatYearlyOptOut_ContradictedByOptIn_heathcoat_parents_children_04_staff_06()
    {
        var consent = Parameters(Heathcoat).Consent;

        consent.ShouldCite(Heathcoat, "parents-children.04", "staff.06");
        consent!.Model.ShouldBe(ConsentModel.OptOut);
        consent.Period.ShouldBe(ConsentPeriod.SchoolYear);
        consent.Channels.ShouldBe([ConsentChannel.OfficialSocialMedia, ConsentChannel.Website, ConsentChannel.Press], ignoreOrder: true);
        consent.ConflictingModel.ShouldBe(ConsentModel.OptIn);
        Pack(Heathcoat).Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(Heathcoat, "staff.06")) && i.Clauses.Contains(Id(Heathcoat, "parents-children.04")),
            "opt-in (staff.06) vs opt-out (parents-children.04) must be recorded");
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    public void Row11_Consent_IsSilentElsewhere(string packId) =>
        Parameters(packId).Consent.ShouldBeSilent(packId, "row 11 (consent model)");

    // Row 12 — tagging: a rule only at Heathcoat; Chapmanslade and Cambrian give tips, not rules.
    [Fact]
    public void Row12_Tagging_HeathcoatForbidsStaffAndPupilTags_heathcoat_staff_07_students_08()
    {
        var tagging = Parameters(Heathcoat).Tagging;

        tagging.ShouldCite(Heathcoat, "staff.07", "students.08");
        tagging!.Forbidden.ShouldBe(
            [TaggingRule.StaffTagStaff, TaggingRule.StaffTagPupils, TaggingRule.PupilsTagOnSchoolSites],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    public void Row12_Tagging_IsSilentElsewhere(string packId) =>
        Parameters(packId).Tagging.ShouldBeSilent(packId, "row 12 (tagging; tips are not rules)");
}
