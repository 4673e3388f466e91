using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class DateOfBirthDetectorTests
{
    private readonly DateOfBirthDetector _detector = new();

    [Theory]
    [InlineData("Born 03/03/2015 in Leeds", "03/03/2015")]
    [InlineData("DOB: 3.3.15", "3.3.15")]
    [InlineData("D.O.B 2015-03-03", "2015-03-03")]
    [InlineData("Her date of birth is 3rd March 2015", "3rd March 2015")]
    [InlineData("Happy birthday Sam, 3rd March!", "3rd March")]
    [InlineData("She was born on March 3, 2015.", "March 3, 2015")]
    [InlineData("Sam turns 7 on 12 June", "12 June")]
    [InlineData("12/06/2019 - Sam is 7 today", "12/06/2019")]
    [InlineData("birthday: 1st of April 2016", "1st of April 2016")]
    [InlineData("29 Feb 2016 is my bday", "29 Feb 2016")]
    [InlineData("Sam turned 11 on Sept. 4th", "Sept. 4th")]
    [InlineData("b'day 14 Feb", "14 Feb")]
    public void Detect_DateWithBirthCue_FindsTheDate(string text, string expected)
    {
        DetectorRun.Spans(_detector, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Trip on 03/03/2025")]
    [InlineData("Sports day is 3rd March")]
    [InlineData("Born to run on 21/11")]
    [InlineData("DOB forms are due back to the office by the end of the week, thanks: 03/03/2026")]
    [InlineData("Osborne Road party 3/3/2015")]
    [InlineData("Born 32/01/2015")]
    [InlineData("newborn photos 2026-09-03")]
    [InlineData("you may 5 born")]
    [InlineData("born 2015-13-01")]
    [InlineData("Term 2 starts 3/3/2026, 7 days away")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_Date_ReportsCategoryAndSuggestion()
    {
        var detection = DetectorRun.All(_detector, "DOB 01/02/2016").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.DateOfBirth);
        detection.Start.ShouldBe(4);
        detection.Suggestion.ShouldBe("[date of birth removed]");
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
