using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 14–16: staff use at work, web categories and streaming, pupils' own social media.</summary>
public sealed class UsageParameterTests
{
    // Row 14 — staff social media use at work (null = the pack says nothing on that point).
    [Theory]
    [InlineData(Chapmanslade, true, null, null, true, null)]
    [InlineData(Testbourne, false, null, true, true, true)]
    [InlineData(Cambrian, null, true, null, true, null)]
    public void Row14_StaffUsageAtWork_PerPack(
        string packId,
        bool? privateUseAllowed,
        bool? lessonTimeBlocked,
        bool? outOfHoursApprovalRequired,
        bool? excessiveUseDisciplinary,
        bool? accessWithdrawable)
    {
        var usage = Parameters(packId).StaffUsageAtWork;

        usage.ShouldNotBeNull($"{packId} sets rules for staff use at work (row 14)");
        usage.PrivateUseAllowed.ShouldBe(privateUseAllowed, $"{packId} row 14 private use allowed");
        usage.LessonTimeBlocked.ShouldBe(lessonTimeBlocked, $"{packId} row 14 lesson-time ban");
        usage.OutOfHoursApprovalRequired.ShouldBe(outOfHoursApprovalRequired, $"{packId} row 14 out-of-hours approval");
        usage.ExcessiveUseDisciplinary.ShouldBe(excessiveUseDisciplinary, $"{packId} row 14 excessive use → discipline");
        usage.AccessWithdrawable.ShouldBe(accessWithdrawable, $"{packId} row 14 access withdrawable");
    }

    [Theory]
    [InlineData(Chapmanslade, "behaviour.10", "behaviour.11")]
    [InlineData(Testbourne, "5c.01", "5c.03", "5c.04")]
    [InlineData(Cambrian, "acceptable-use.21", "employees.03")]
    public void Row14_StaffUsageAtWork_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).StaffUsageAtWork.ShouldCite(packId, clauses);

    [Theory]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row14_StaffUsageAtWork_IsSilentElsewhere(string packId) =>
        Parameters(packId).StaffUsageAtWork.ShouldBeSilent(packId, "row 14 (staff use at work)");

    [Fact]
    public void Row14_OnlyCambrianBansLessonTimeUse_cambrian_acceptable_use_21()
    {
        Parameters(Cambrian).StaffUsageAtWork!.LessonTimeBlocked.ShouldBe(true);
        Parameters(Chapmanslade).StaffUsageAtWork!.LessonTimeBlocked.ShouldBeNull("Chapmanslade allows reasonable private access");
        Parameters(Testbourne).StaffUsageAtWork!.LessonTimeBlocked.ShouldBeNull("Testbourne sets no lesson-time rule");
    }

    // Row 15 — web categories, streaming and downloads: Testbourne alone.
    [Fact]
    public void Row15_WebUsage_TestbourneBlocksCategoriesStreamingAndDownloads_testbourne_5c_09_to_27()
    {
        var web = Parameters(Testbourne).WebUsage;

        web.ShouldCite(Testbourne, "5c.09", "5c.11", "5c.12", "5c.13", "5c.14", "5c.18", "5c.19", "5c.26", "5c.27");
        web!.BlockedCategories.ShouldBe(
            [
                WebCategory.Adult,
                WebCategory.Gambling,
                WebCategory.Gaming,
                WebCategory.AlcoholTobacco,
                WebCategory.IllegalDrugs,
                WebCategory.Auctions,
                WebCategory.ViolenceHate,
                WebCategory.Weapons,
                WebCategory.IllegalActivity,
                WebCategory.IllegalFileSharing,
                WebCategory.OffensiveMaterial,
            ],
            ignoreOrder: true);
        web.ShortClipsOnly.ShouldBe(true, "5c.11");
        web.ContinuousStreamsForbidden.ShouldBe(true, "5c.12");
        web.PersonalMediaDownloadsForbidden.ShouldBe(true, "5c.13");
        web.SoftwareDownloadsNeedApproval.ShouldBe(true, "5c.18");
        web.SoftwareDownloadApprover.ShouldBeNull("5c.18 names no approver");
        web.FilterBypassPermissionRole.ShouldBe(Role.Headteacher, "5c.19");
        web.FileSharingForbidden.ShouldBe(true, "5c.26");
        web.SensitiveDataInCloudForbidden.ShouldBe(true, "5c.27");
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Cambrian)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row15_WebUsage_IsSilentElsewhere(string packId) =>
        Parameters(packId).WebUsage.ShouldBeSilent(packId, "row 15 (web categories, streaming, downloads)");

    // Row 16 — pupils' own social media.
    [Theory]
    [InlineData(Chapmanslade, PupilAccessMode.None, null)]
    [InlineData(Testbourne, PupilAccessMode.SchoolLedOnly, true)]
    [InlineData(StMarys, PupilAccessMode.SchoolLedOnly, null)]
    [InlineData(Heathcoat, PupilAccessMode.AgeGated, null)]
    public void Row16_PupilAccess_ModePerPack(string packId, PupilAccessMode mode, bool? parentsInformed)
    {
        var access = Parameters(packId).PupilAccess;

        access.ShouldNotBeNull($"{packId} answers row 16");
        access.Mode.ShouldBe(mode, $"{packId} row 16 mode");
        access.ParentsInformed.ShouldBe(parentsInformed, $"{packId} row 16 parents informed");
    }

    [Theory]
    [InlineData(Chapmanslade, "personal-pupil.03")]
    [InlineData(Testbourne, "5b.18", "5b.19")]
    [InlineData(StMarys, "4-2.01")]
    [InlineData(Heathcoat, "students.02")]
    public void Row16_PupilAccess_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).PupilAccess.ShouldCite(packId, clauses);

    [Fact]
    public void Row16_HeathcoatGatesFacebookAt13_heathcoat_students_02()
    {
        var access = Parameters(Heathcoat).PupilAccess;

        access.ShouldNotBeNull();
        access.MinimumAges.Select(m => $"{m.Platform} {m.Age}").ShouldBe(["Facebook 13"]);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(StMarys)]
    public void Row16_PlatformMinimumAges_OnlyHeathcoatNamesThem(string packId) =>
        Parameters(packId).PupilAccess!.MinimumAges.ShouldBeEmpty($"{packId} names no platform minimum age");

    [Fact]
    public void Row16_PupilAccess_CambrianIsSilent() =>
        Parameters(Cambrian).PupilAccess.ShouldBeSilent(Cambrian, "row 16 (pupils' own social media)");
}
