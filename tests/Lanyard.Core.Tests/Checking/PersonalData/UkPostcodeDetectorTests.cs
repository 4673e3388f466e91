using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class UkPostcodeDetectorTests
{
    private readonly UkPostcodeDetector _detector = new();

    [Theory]
    [InlineData("Parliament, SW1A 1AA", "SW1A 1AA")]
    [InlineData("sw1a1aa", "sw1a1aa")]
    [InlineData("Manchester M1 1AE.", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("Croydon CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("Leeds (LS6 3QH)", "LS6 3QH")]
    [InlineData("ls63qh", "ls63qh")]
    public void Detect_ValidFormats_FindsThePostcode(string text, string expected)
    {
        DetectorRun.Spans(_detector, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("QA1 1AA")]
    [InlineData("AI1 1AA")]
    [InlineData("W1I 1AA")]
    [InlineData("EC1C 1BB")]
    [InlineData("SW1A 1CA")]
    [InlineData("Take the M1 2nd exit")]
    [InlineData("a4 3rd copy")]
    [InlineData("XYSW1A 1AA")]
    [InlineData("SW1A 1AAB")]
    [InlineData("Sw1a 1aA")]
    [InlineData("Year 7 3pm")]
    [InlineData("AB12 3CDE")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_Postcode_ReportsCategoryAndSuggestion()
    {
        var detection = DetectorRun.All(_detector, "at LS6 3QH").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Postcode);
        detection.Start.ShouldBe(3);
        detection.Length.ShouldBe(7);
        detection.Suggestion.ShouldBe("[postcode removed]");
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
