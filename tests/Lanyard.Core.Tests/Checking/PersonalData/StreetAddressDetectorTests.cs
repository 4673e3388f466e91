using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

public class StreetAddressDetectorTests
{
    private readonly StreetAddressDetector _detector = new();

    [Theory]
    [InlineData("I live at 4 Mill Lane.", "4 Mill Lane")]
    [InlineData("12a High Street", "12a High Street")]
    [InlineData("Flat 3, 27 Oak Road", "Flat 3, 27 Oak Road")]
    [InlineData("5 The Avenue, near the shops", "5 The Avenue")]
    [InlineData("7 Acacia Ave", "7 Acacia Ave")]
    [InlineData("14 Rose Hill Gardens", "14 Rose Hill Gardens")]
    [InlineData("Party at 10 Downing Street!", "10 Downing Street")]
    [InlineData("12-14 Market Sq", "12-14 Market Sq")]
    [InlineData("Drop off at 4 Mill Lane near the park", "4 Mill Lane")]
    [InlineData("Flat 3, Rose Court", "Flat 3, Rose Court")]
    [InlineData("Apartment 12 14 Quay Street", "Apartment 12 14 Quay Street")]
    public void Detect_StreetOnly_FindsItWithLowerScore(string text, string expected)
    {
        var detection = DetectorRun.All(_detector, text).ShouldHaveSingleItem();

        text.Substring(detection.Start, detection.Length).ShouldBe(expected);
        detection.Score.ShouldBe(StreetAddressDetector.StreetOnlyScore);
    }

    [Theory]
    [InlineData("10 St John's Road, Leeds LS6 3QH", "10 St John's Road, Leeds LS6 3QH")]
    [InlineData("221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE")]
    [InlineData("3 Pupils Way, Testbourne TB1 2AB", "3 Pupils Way, Testbourne TB1 2AB")]
    [InlineData("4 Mill Lane, Little Snoring,\nNorfolk NR21 0AA", "4 Mill Lane, Little Snoring,\nNorfolk NR21 0AA")]
    [InlineData("8 Elm Rd. CR2 6XH", "8 Elm Rd. CR2 6XH")]
    public void Detect_WithPostcode_SpansTownAndPostcodeWithHigherScore(string text, string expected)
    {
        var detection = DetectorRun.All(_detector, text).ShouldHaveSingleItem();

        text.Substring(detection.Start, detection.Length).ShouldBe(expected);
        detection.Score.ShouldBe(StreetAddressDetector.WithPostcodeScore);
        detection.Category.ShouldBe(FindingCategory.Address);
        detection.Suggestion.ShouldBe("[address removed]");
    }

    [Theory]
    [InlineData("Back in 2 days")]
    [InlineData("Chapter 12 Street Art")]
    [InlineData("12 Street Art")]
    [InlineData("We took 3 Pupils Way to school")]
    [InlineData("Year 6 Nature Park trip")]
    [InlineData("We scored 3 Goals")]
    [InlineData("Room 4 Oak Close")]
    [InlineData("Meet 10 Dr Smith")]
    [InlineData("Visit 4 St Albans")]
    [InlineData("10 Downing street")]
    [InlineData("Won 2 Gold Medals at Park Lane")]
    [InlineData("Welcome 30 New Pupils. Road safety week")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_PostcodeAfterSentence_IsNotPartOfTheAddress()
    {
        var text = "4 Mill Lane. We 2 met in LS6 3QH";

        DetectorRun.Spans(_detector, text).ShouldBe(["4 Mill Lane"]);
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
