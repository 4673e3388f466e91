using Lanyard.Core.Accounts;

namespace Lanyard.Core.Tests.Accounts;

public sealed class PupilAgesTests
{
    [Theory]
    [InlineData("2012-03-03", "2025-03-03", 13)]
    [InlineData("2012-03-04", "2025-03-03", 12)]
    [InlineData("2012-02-29", "2025-02-28", 12)]
    [InlineData("2012-02-29", "2025-03-01", 13)]
    [InlineData("2025-03-03", "2025-03-03", 0)]
    public void On_CountsWholeYears(string dateOfBirth, string today, int expected) =>
        PupilAges.On(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void On_BornAfterToday_Throws() =>
        Should.Throw<ArgumentException>(() => PupilAges.On(new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 3)));

    /// <summary>Reception children start at 4; Year 7's youngest is 11 (CLAUSES.md 5b.18: "class aged 11–12").</summary>
    [Theory]
    [InlineData(0, 4)]
    [InlineData(6, 10)]
    [InlineData(7, 11)]
    [InlineData(10, 14)]
    [InlineData(13, 17)]
    public void YoungestInYearGroup_IsYearPlusFour(int yearGroup, int expected) =>
        PupilAges.YoungestInYearGroup(yearGroup).ShouldBe(expected);
}
