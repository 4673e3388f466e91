using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class NhsNumberDetectorTests
{
    private readonly NhsNumberDetector _detector = new();

    [Theory]
    [InlineData("NHS number 943 476 5919", "943 476 5919")]
    [InlineData("9434765919", "9434765919")]
    [InlineData("943-476-5919.", "943-476-5919")]
    [InlineData("NHS no 3416721101", "3416721101")]
    [InlineData("684 038 8549", "684 038 8549")]
    [InlineData("(2143044321)", "2143044321")]
    [InlineData("445-195-6838", "445-195-6838")]
    [InlineData("2374 184048 is wrong grouping but 2374184048 is fine", "2374184048")]
    public void Detect_ValidNumbers_FindsThem(string text, string expected)
    {
        DetectorRun.Spans(_detector, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("7568345671")]
    [InlineData("7568345670")]
    [InlineData("943 4765 919")]
    [InlineData("943 476-5919")]
    [InlineData("19434765919")]
    [InlineData("943.476.5919")]
    [InlineData("X9434765919")]
    [InlineData("9434765919-2")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9434765910", false)]
    [InlineData("7568345675", false)]
    public void HasValidCheckDigit_Modulus11(string digits, bool expected)
    {
        NhsNumberDetector.HasValidCheckDigit(digits).ShouldBe(expected);
    }

    [Fact]
    public void Detect_Number_ReportsCategoryAndSuggestion()
    {
        var detection = DetectorRun.All(_detector, "943 476 5919").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.NhsNumber);
        detection.Suggestion.ShouldBe("[NHS number removed]");
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
