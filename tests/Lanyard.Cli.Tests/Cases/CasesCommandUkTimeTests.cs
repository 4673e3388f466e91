using System.Globalization;

namespace Lanyard.Cli.Tests.Cases;

/// <summary><c>lanyard cases</c> reads a bare time as UK clock time and writes times in UK time labelled BST or GMT.</summary>
public sealed partial class CasesCommandTests
{
    [Theory]
    [InlineData("2025-07-01T10:15", "Happened: 2025-07-01 10:15 BST")]
    [InlineData("2025-07-01T10:15Z", "Happened: 2025-07-01 11:15 BST")]
    [InlineData("2025-07-01T10:15+01:00", "Happened: 2025-07-01 10:15 BST")]
    [InlineData("2025-01-15T10:15", "Happened: 2025-01-15 10:15 GMT")]
    [InlineData("2025-10-26T01:30+00:00", "Happened: 2025-10-26 01:30 GMT")]
    public void Report_When_BareIsUkTime_AnOffsetIsExactlyThatInstant(string when, string shown)
    {
        var id = Report("dsl@heathcoat.demo", Heathcoat, "safeguarding-concern", "--when", when).ToString(CultureInfo.InvariantCulture);

        var show = Cases("show", id, "--as", "dsl@heathcoat.demo");

        show.ExitCode.ShouldBe(0, show.Error);
        show.Output.ShouldContain(shown);
        show.Output.ShouldNotContain(" UTC");
    }

    [Fact]
    public void Report_When_InTheRepeatedAutumnHour_IsAUsageErrorAskingForTheOffset()
    {
        var run = Cases("report", "--as", "dsl@heathcoat.demo", "--school", Heathcoat, "--type", "safeguarding-concern", "--summary", "A message", "--when", "2025-10-26T01:30");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--when: 01:30 on 26 October 2025 happened twice in the UK");
        run.Error.ShouldContain("Write it with its offset: 2025-10-26T01:30+01:00 for BST, 2025-10-26T01:30+00:00 for GMT.");
    }

    [Fact]
    public void Report_When_InTheSpringGap_IsAUsageErrorNamingTheGap()
    {
        var run = Cases("report", "--as", "dsl@heathcoat.demo", "--school", Heathcoat, "--type", "safeguarding-concern", "--summary", "A message", "--when", "2025-03-30T01:30");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--when: There was no 01:30 in the UK on 30 March 2025");
    }
}
