using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class PersonalDataDetectorTests
{
    private readonly PersonalDataDetector _detector = new();

    [Fact]
    public void Name_IsPersonalData()
    {
        _detector.Name.ShouldBe("personal-data");
    }

    [Fact]
    public void Detect_MixedPost_ReportsEachKindInTextOrder()
    {
        var text = "Sam (DOB 03/03/2015, NHS 943 476 5919, NI AB123456C) lives at 4 Mill Lane, Leeds LS6 3QH. "
            + "Call 07700 900123 or email sam@example.com. Office postcode SW1A 1AA.";

        var categories = DetectorRun.All(_detector, text).Select(d => d.Category);

        categories.ShouldBe(
        [
            FindingCategory.DateOfBirth,
            FindingCategory.NhsNumber,
            FindingCategory.NationalInsuranceNumber,
            FindingCategory.Address,
            FindingCategory.Phone,
            FindingCategory.Email,
            FindingCategory.Postcode,
        ]);
    }

    [Fact]
    public void Detect_NhsNumberThatIsAlsoAFreephoneNumber_IsOnlyAnNhsNumber()
    {
        // 0800123468 passes the NHS checksum and is also a ten-digit 0800 number.
        DetectorRun.Spans(new UkPhoneNumberDetector(), "0800123468").ShouldBe(["0800123468"]);

        var detection = DetectorRun.All(_detector, "0800123468").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.NhsNumber);
    }

    [Fact]
    public void Detect_AddressWithPostcode_ReportsTheAddressOnly()
    {
        var detection = DetectorRun.All(_detector, "Visit 4 Mill Lane, Leeds LS6 3QH").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Address);
        detection.Score.ShouldBe(StreetAddressDetector.WithPostcodeScore);
    }

    [Fact]
    public void Detect_NoDigitsNoAt_AddsNothing()
    {
        DetectorRun.All(_detector, "Well done to everyone in the choir tonight!").ShouldBeEmpty();
    }

    [Fact]
    public void Detect_ExistingDetections_AreKept()
    {
        var existing = new Detection(FindingCategory.Profanity, 0, 1, "already there");
        var detections = new List<Detection> { existing };

        _detector.Detect("07700 900123", detections);

        detections.Count.ShouldBe(2);
        detections[0].ShouldBe(existing);
    }

    [Fact]
    public void Detect_ResultsNeverOverlapAndAreInOrder()
    {
        var text = string.Concat(Enumerable.Repeat(
            "0800123468 4 Mill Lane, Leeds LS6 3QH born 3/3/2015 AB123456C x@y.co 07700 900123 ", 200));

        var detections = DetectorRun.All(_detector, text);

        detections.Count.ShouldBe(200 * 6);
        for (var i = 1; i < detections.Count; i++)
        {
            detections[i].Start.ShouldBeGreaterThanOrEqualTo(detections[i - 1].Start + detections[i - 1].Length);
        }
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }

    [Fact]
    public void Detect_HundredKilobytes_FindsEveryRepeat()
    {
        // Speed is the benchmark's job; this checks a long text is scanned to the end, not abandoned.
        const string Unit = "Call 07700 900123 or 4 Mill Lane, LS6 3QH. ";
        var text = string.Concat(Enumerable.Repeat(Unit, 100_000 / Unit.Length));

        var detections = DetectorRun.All(_detector, text);

        detections.Count.ShouldBe(2 * (100_000 / Unit.Length));
        detections[^1].Category.ShouldBe(FindingCategory.Address);
    }
}
