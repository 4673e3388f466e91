using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class EmailAddressDetectorTests
{
    private readonly EmailAddressDetector _detector = new();

    [Theory]
    [InlineData("Email jo.bloggs@example.co.uk for details", "jo.bloggs@example.co.uk")]
    [InlineData("first+tag@school.org", "first+tag@school.org")]
    [InlineData("a_b@sub.domain.com", "a_b@sub.domain.com")]
    [InlineData("Contact o'neil@example.ie please", "o'neil@example.ie")]
    [InlineData("Write to jo@example.com.", "jo@example.com")]
    [InlineData("(jo@example.com)", "jo@example.com")]
    [InlineData("SHOUT AT JO@EXAMPLE.COM, NOW", "JO@EXAMPLE.COM")]
    [InlineData("x-y.z@a-b.example.london", "x-y.z@a-b.example.london")]
    [InlineData("russian shop user@example.xn--p1ai", "user@example.xn--p1ai")]
    [InlineData("'head@school.sch.uk'", "head@school.sch.uk")]
    [InlineData("<a href=\"mailto:jo@example.com\">", "jo@example.com")]
    public void Detect_RealFormats_FindsTheAddress(string text, string expected)
    {
        DetectorRun.Spans(_detector, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Follow @school for news")]
    [InlineData("jo@localhost")]
    [InlineData("jo@example")]
    [InlineData("jo@@example.com")]
    [InlineData("jo@example.c")]
    [InlineData("jo@1.2.3.4")]
    [InlineData("jo..x@example.com")]
    [InlineData("jo.@example.com")]
    [InlineData("jo@-example.com")]
    [InlineData("email@ example.com")]
    [InlineData("Meet @ 3pm. Bring kit")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_Address_ReportsCategoryAndSuggestion()
    {
        var detection = DetectorRun.All(_detector, "to jo@example.com").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Email);
        detection.Start.ShouldBe(3);
        detection.Suggestion.ShouldBe("[email removed]");
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
