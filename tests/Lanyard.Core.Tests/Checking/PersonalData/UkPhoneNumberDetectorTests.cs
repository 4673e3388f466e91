using Lanyard.Core.Checking;
using Lanyard.Core.Checking.PersonalData;

namespace Lanyard.Core.Tests.Checking.PersonalData;

/// <summary>Fake numbers come from Ofcom's ranges reserved for drama (01632 960xxx, 020 7946 0xxx, 07700 900xxx…).</summary>
public class UkPhoneNumberDetectorTests
{
    private readonly UkPhoneNumberDetector _detector = new();

    [Theory]
    [InlineData("Call 01632 960123 today", "01632 960123")]
    [InlineData("Office: (01632) 960 123", "(01632) 960 123")]
    [InlineData("Ring +44 (0)7700 900123 after six", "+44 (0)7700 900123")]
    [InlineData("Text 07700-900-123", "07700-900-123")]
    [InlineData("Freephone 0808 157 0123", "0808 157 0123")]
    [InlineData("+44 7700 900123", "+44 7700 900123")]
    [InlineData("From abroad: 0044 7700 900123", "0044 7700 900123")]
    [InlineData("London 020 7946 0018", "020 7946 0018")]
    [InlineData("+44 20 7946 0018", "+44 20 7946 0018")]
    [InlineData("07700.900.123", "07700.900.123")]
    [InlineData("my mob is 07700900123", "07700900123")]
    [InlineData("WhatsApp +447700900123!", "+447700900123")]
    [InlineData("Manchester 0161 496 0000", "0161 496 0000")]
    [InlineData("Leeds 0113 496 0999", "0113 496 0999")]
    [InlineData("(020) 7946 0123", "(020) 7946 0123")]
    [InlineData("tel: 07700 900 123.", "07700 900 123")]
    [InlineData("+44 (0) 20 7946 0123", "+44 (0) 20 7946 0123")]
    [InlineData("Premium 0909 879 0123", "0909 879 0123")]
    [InlineData("Non-geographic 03069 990123", "03069 990123")]
    [InlineData("(07700 900123)", "07700 900123")]
    [InlineData("Call 07700 900123 2 times", "07700 900123")]
    [InlineData("Childline on 0800 1111", "0800 1111")]
    [InlineData("Mobile no. 07700 900123", "07700 900123")]
    [InlineData("Abroad? +44 07700 900123", "+44 07700 900123")]
    [InlineData("0044 (0)20 7946 0555", "0044 (0)20 7946 0555")]
    [InlineData("tel:07700900123", "07700900123")]
    public void Detect_RealFormats_FindsTheNumber(string text, string expected)
    {
        DetectorRun.Spans(_detector, text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Order 12345678901 has shipped")]
    [InlineData("Term ends 21/11/2026")]
    [InlineData("Doors open 07:30, close 10:30-11:45")]
    [InlineData("Tickets £07700.90 each")]
    [InlineData("ISBN 978-0-306-40615-7")]
    [InlineData("ISBN 0-306-40615-2")]
    [InlineData("Serial 123407700900123")]
    [InlineData("0123456789012345")]
    [InlineData("Sydney mobile 04123 456789")]
    [InlineData("06123 456789")]
    [InlineData("01632 96012 is one short")]
    [InlineData("077009001234 is one long")]
    [InlineData("Ref: 07700 900123")]
    [InlineData("Paris +33 1 23 45 67 89")]
    [InlineData("code x07700900123")]
    [InlineData("Held on 2026-11-21")]
    [InlineData("Old freephone 0500 123456")]
    [InlineData("021 7946 0123 is not a city")]
    [InlineData("0870 123 45")]
    [InlineData("Page 3.07700900123")]
    [InlineData("Version 0.7.7.0.0.9")]
    [InlineData("Raised £1,077.00 so far")]
    [InlineData("Sports day 01.02.2026")]
    [InlineData("Score 00 00 00 00 00 00 00 00 00")]
    public void Detect_LookAlikes_FindsNothing(string text)
    {
        DetectorRun.Spans(_detector, text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_Number_ReportsCategorySuggestionAndOriginalSpan()
    {
        var detection = DetectorRun.All(_detector, "Ring 07700 900123").ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.Phone);
        detection.Start.ShouldBe(5);
        detection.Length.ShouldBe(12);
        detection.Suggestion.ShouldBe("[phone number removed]");
    }

    [Fact]
    public void Detect_TwoNumbers_ReportsBothInTextOrder()
    {
        DetectorRun.Spans(_detector, "01632 960001 or 07700 900002").ShouldBe(["01632 960001", "07700 900002"]);
    }

    [Theory]
    [InlineData("01632960123", true)]
    [InlineData("0120412345", true)]
    [InlineData("0169771234", true)]
    [InlineData("0163296012", false)]
    [InlineData("08001234567", true)]
    [InlineData("0800123456", true)]
    [InlineData("0808123456", false)]
    [InlineData("08451234567", true)]
    [InlineData("08601234567", false)]
    [InlineData("07624123456", true)]
    [InlineData("04123456789", false)]
    [InlineData("01012345678", false)]
    public void IsValid_NumberingPlan_ChecksRangeAndLength(string national, bool expected)
    {
        UkNumberingPlan.IsValid(national).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(DetectorRun.HostileInputs), MemberType = typeof(DetectorRun))]
    public void Detect_HostileInput_DoesNotThrow(string text)
    {
        Should.NotThrow(() => DetectorRun.All(_detector, text));
    }
}
