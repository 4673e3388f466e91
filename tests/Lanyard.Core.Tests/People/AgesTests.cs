using Lanyard.Core.People;

namespace Lanyard.Core.Tests.People;

public class AgesTests
{
    [Theory]
    [InlineData("2008-11-21", "2026-11-21", 18)]
    [InlineData("2008-11-22", "2026-11-21", 17)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    public void InYears_CountsCompletedYears_LeapDayBirthdaysOnFirstMarch(string born, string on, int age) =>
        Ages.InYears(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(age);
}
