using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class NationalInsuranceNumberDetectorTests
{
    private readonly NationalInsuranceNumberDetector _detector = new();

    [Theory]
    [InlineData("NI: AB123456C", "AB123456C")]
    [InlineData("AB 12 34 56 C", "AB 12 34 56 C")]
    [InlineData("ab 123456 d", "ab 123456 d")]
    [InlineData("JK 12 34 56 A.", "JK 12 34 56 A")]
    [InlineData("NA123456B", "NA123456B")]
    [InlineData("OA123456A", "OA123456A")]
    [InlineData("SZ123456D", "SZ123456D")]
    [InlineData("(CE 12 34 56 B)", "CE 12 34 56 B")]
    public void Detect_ValidNumbers_FindsThem(string text, string expected)
    {
        DetectorRun.Spans(_detector, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("QQ 12 34 56 C")]
    [InlineData("DA123456A")]
    [InlineData("AO123456A")]
    [InlineData("GB123456A")]
    [InlineData("TN123456A")]
    [InlineData("ZZ123456A")]
    [InlineData("AB123456E")]
    [InlineData("AB12345C")]
    [InlineData("XAB123456C")]
    [InlineData("AB1234567C")]
    [InlineData("Ab123456C")]
    [InlineData("AB123456")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_Number_ReportsCategoryAndSuggestion()
    {
        var detection = DetectorRun.All(_detector, "AB123456C").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.NationalInsuranceNumber);
        detection.Suggestion.ShouldBe("[NI number removed]");
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
