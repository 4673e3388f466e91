using Lanyard.Core.Connections;

namespace Lanyard.Core.Tests.Connections;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2008-03-15", "2026-03-14", 17)]
    [InlineData("2008-03-15", "2026-03-15", 18)]
    [InlineData("2008-03-15", "2026-03-16", 18)]
    [InlineData("2008-12-31", "2026-01-01", 17)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-28", 19)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2020-06-01", "2020-06-01", 0)]
    public void InYears_CountsCompletedYears(string born, string on, int expected) =>
        Age.InYears(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData("2008-03-15", "2026-03-15", true)]
    [InlineData("2008-03-15", "2026-03-16", false)]
    [InlineData("2008-02-29", "2026-03-01", true)]
    [InlineData("2008-02-29", "2026-02-28", false)]
    [InlineData("2008-02-29", "2028-02-29", true)]
    [InlineData("2008-02-29", "2028-03-01", false)]
    [InlineData("2008-03-15", "2008-03-15", false)]
    public void IsBirthday_IsTheDayTheAgeChanges(string born, string on, bool expected) =>
        Age.IsBirthday(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
