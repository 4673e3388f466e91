using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Policies;

public class ReviewScheduleTests
{
    private static PackDate Date(string text) => PackDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    [Theory]
    // chapmanslade.review.03/.05: approved 2021-10, reviewed at least every three years, next review October 2024.
    [InlineData("chapmanslade", "2024-10")]
    // testbourne.meta.01/.06: annual; the cover's April 2018 was met by the 24/04/2018 review, so the next is a year on.
    [InlineData("testbourne", "2019-04-24")]
    // cambrian.meta.04: last reviewed 19/12/2022, three-year cycle.
    [InlineData("cambrian", "2025-12-19")]
    // heathcoat.evaluation.02: agreed 2021-11-10, reviewed annually.
    [InlineData("heathcoat", "2022-11-10")]
    public void NextDue_ShippedPacks(string id, string expected)
    {
        var pack = BuiltInPacks.Get(id);

        pack.Review.NextDue(pack.Approval.Date).ShouldBe(Date(expected));
    }

    [Fact]
    public void NextDue_StMarysStatesNoCycle_IsNull_meta_03()
    {
        var pack = BuiltInPacks.Get("st-marys-sefton");

        pack.Review.CycleMonths.ShouldBeNull();
        pack.Review.NextDue(pack.Approval.Date).ShouldBeNull();
    }

    [Fact]
    public void PackDate_MonthOnly_SpansTheWholeMonth()
    {
        var october = Date("2024-10");

        october.IsMonthOnly.ShouldBeTrue();
        october.Earliest.ShouldBe(new DateOnly(2024, 10, 1));
        october.Latest.ShouldBe(new DateOnly(2024, 10, 31));
        october.AddMonths(36).ToString().ShouldBe("2027-10");
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24-10-2021")]
    [InlineData("October 2021")]
    [InlineData("2021-1")]
    public void PackDate_RejectsAnythingButIsoDayOrMonth(string text)
    {
        PackDate.TryParse(text, out _).ShouldBeFalse();
    }
}
