using Lanyard.Core.Accounts;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>Year groups as MIS exports and people write them, read as numbers (Reception = 0).</summary>
public sealed class YearGroupTextTests
{
    [Theory]
    [InlineData("Year 7", 7)]
    [InlineData("year7", 7)]
    [InlineData("Y7", 7)]
    [InlineData("Yr 10", 10)]
    [InlineData("13", 13)]
    [InlineData("Reception", 0)]
    [InlineData("R", 0)]
    [InlineData("Year R", 0)]
    [InlineData(" rec ", 0)]
    public void TryParse_CommonSpellings_Read(string text, int expected)
    {
        YearGroupText.TryParse(text, out var year).ShouldBeTrue();
        year.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Nursery")]
    [InlineData("Year 14")]
    [InlineData("Yr")]
    [InlineData("-1")]
    [InlineData("7A")]
    public void TryParse_NotAYearGroup_Refused(string? text) =>
        YearGroupText.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("7, 8, 9", new[] { 7, 8, 9 })]
    [InlineData("7-9", new[] { 7, 8, 9 })]
    [InlineData("Year 10 to Year 11; R", new[] { 0, 10, 11 })]
    [InlineData("Year 10 – Year 11, 10", new[] { 10, 11 })]
    [InlineData("", new int[0])]
    public void TryParseList_ListsAndRanges_SortedWithoutRepeats(string text, int[] expected)
    {
        YearGroupText.TryParseList(text, out var bad).ShouldBe(expected);
        bad.ShouldBeNull();
    }

    [Theory]
    [InlineData("7, Year 15", "Year 15")]
    [InlineData("9-7", "9-7")]
    [InlineData("7-8-9", "7-8-9")]
    public void TryParseList_BadPart_NamesIt(string text, string expectedBad)
    {
        YearGroupText.TryParseList(text, out var bad).ShouldBeNull();
        bad.ShouldBe(expectedBad);
    }
}
