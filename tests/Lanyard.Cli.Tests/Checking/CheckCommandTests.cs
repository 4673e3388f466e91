using System.Text.Json;

namespace Lanyard.Cli.Tests.Checking;

public sealed class CheckCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-check-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Roster() => Write("roster.csv", "mis_id,first_name,last_name\nP1,Amy,Smith\n");

    [Fact]
    public void Check_StMarys_4_1f_NameWithPhoto_ExitsThreeForBlock()
    {
        var run = CliRun.Of("check", "--pack", "st-marys-sefton", "--roster", Roster(), "--photos-show-pupils", "--today", "2025-11-21", "Well done Amy at sports day");

        run.ExitCode.ShouldBe(3);
        run.Output.ShouldStartWith("BLOCK under st-marys-sefton (version 2.0)");
        run.Output.ShouldContain("[st-marys-sefton.4-1f.01");
    }

    [Fact]
    public void Check_Testbourne_5b_09_PupilNamed_ExitsTwoForHold_WithJson()
    {
        var run = CliRun.Of("check", "--pack", "testbourne", "--roster", Roster(), "--json", "Amy Smith read in assembly");

        run.ExitCode.ShouldBe(2);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("verdict").GetString().ShouldBe("hold");
        var finding = json.RootElement.GetProperty("findings")[0];
        finding.GetProperty("clauseId").GetString().ShouldBe("testbourne.5b.09");
        finding.GetProperty("start").GetInt32().ShouldBe(0);
        finding.GetProperty("length").GetInt32().ShouldBe(9);
    }

    [Fact]
    public void Check_Testbourne_5b_14_PoliticalCampaigning_BlocksFromStandardInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["check", "--pack", "testbourne", "-"], output, error, new StringReader("Vote Labour on Thursday"));

        code.ShouldBe(3);
        output.ToString().ShouldContain("[testbourne.5b.14");
    }

    [Fact]
    public void Check_NothingFound_ExitsZero()
    {
        var run = CliRun.Of("check", "--pack", "heathcoat", "Our Year 4 trip to the museum was brilliant");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("no findings");
    }

    [Fact]
    public void Check_BadRosterRow_NamesLineAndColumnAndUsesNothing()
    {
        var roster = Write("bad.csv", "mis_id,first_name,last_name\nP1,Amy\n");

        var run = CliRun.Of("check", "--pack", "testbourne", "--roster", roster, "hello");

        run.ExitCode.ShouldBe(65);
        run.Error.ShouldContain("line 2, column 4");
        run.Error.ShouldContain("nothing from the file was used");
    }

    [Theory]
    [InlineData("check", "--pack", "testbourne")]
    [InlineData("check", "--pack", "no-such-pack", "hello")]
    [InlineData("check", "--pack", "testbourne", "--channel", "telepathy", "hello")]
    public void Check_UsageErrors_Exit64(params string[] args)
    {
        CliRun.Of(args).ExitCode.ShouldBe(64);
    }

    [Fact]
    public void Check_EmptyText_IsADataError()
    {
        var run = CliRun.Of("check", "--pack", "testbourne", " ");

        run.ExitCode.ShouldBe(65);
        run.Error.ShouldContain("nothing to check");
    }

    [Fact]
    public void Batch_OneResultPerLine_MalformedLinesReportedByNumberAndSkipped()
    {
        var input = Write("in.jsonl", string.Join('\n',
            """{"id": "a", "text": "Vote Labour on Thursday"}""",
            """{"id": "b", "text": "Lovely sports day"}""",
            """{"id": "c" "text": "broken json"}""",
            """{"id": "d", "text": "DM us your name and address", "channel": "school"}""",
            """{"id": "e"}"""));
        var output = Path.Combine(_folder.FullName, "out.jsonl");

        var run = CliRun.Of("check", "--pack", "testbourne", "--batch", input, "--out", output);

        run.ExitCode.ShouldBe(65);
        run.Error.ShouldContain("in.jsonl:3: skipped");
        run.Error.ShouldContain("in.jsonl:5: skipped: missing \"text\"");
        run.Error.ShouldContain("done: 3 checked, 2 skipped");
        var results = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        results.Select(r => r.GetProperty("id").GetString()).ShouldBe(["a", "b", "d"]);
        results.Select(r => r.GetProperty("verdict").GetString()).ShouldBe(["block", "allow", "allow"]);
    }

    [Fact]
    public void Check_Heathcoat_staff_10_GamblingLink_Blocks_ButCambrianIsSilent()
    {
        CliRun.Of("check", "--pack", "heathcoat", "Tips at bet365.com tonight").Output.ShouldContain("[heathcoat.staff.10");
        CliRun.Of("check", "--pack", "cambrian", "Tips at bet365.com tonight").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Check_PhotoWithGps_WarnsToStripLocation_testbourne_5b_13()
    {
        var photo = Path.Combine(Repository.Root, "tests", "Lanyard.Core.Tests", "Checking", "Photos", "Fixtures", "gps.jpg");

        var run = CliRun.Of("check", "--pack", "testbourne", "--photo", photo, "Our trip to the coast");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("photo.location (gps.jpg) [testbourne.5b.13");
        run.Output.ShouldContain("suggestion: Remove the location data before posting");
    }

    [Fact]
    public void Check_PhotoThatIsNotAnImage_IsReportedNotACrash()
    {
        var notImage = Write("notes.jpg", "this is not an image");

        var run = CliRun.Of("check", "--pack", "testbourne", "--photo", notImage, "Our trip");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("photo.unreadable");
    }

    [Theory]
    // testbourne.5e.01: "Mrs K lives at 4 Mill Lane" → block; st-marys-sefton.4-1c.01: a staff mobile number → block.
    [InlineData("testbourne", "Ring Mrs K on 07700 900123 tonight", "personal-data.phone", "testbourne.5e.01")]
    [InlineData("st-marys-sefton", "Ring Mrs K on 07700 900123 tonight", "personal-data.phone", "st-marys-sefton.4-1c.01")]
    [InlineData("testbourne", "Mrs K lives at 4 Mill Lane, Andover SP10 2AB", "personal-data.address", "testbourne.5e.01")]
    [InlineData("cambrian", "What a f.u.c.k.i.n.g shambles", "language.profanity", "cambrian.app1.16")]
    [InlineData("heathcoat", "Join our charity quiz: bit.ly/3xYzAb", "link.shortener", "heathcoat.staff.10")]
    public void Check_RealDetectors_ReachThePacksClause(string pack, string text, string category, string clause)
    {
        var run = CliRun.Of("check", "--pack", pack, "--json", text);

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("category").GetString() == category && f.GetProperty("clauseId").GetString() == clause, run.Output);
    }

    [Fact]
    public void Check_DirectMessageToPupil_Heathcoat_sanctioned_10_Blocks()
    {
        var run = CliRun.Of("check", "--pack", "heathcoat", "--audience", "dm", "--recipient", "pupils", "Well done today");

        run.ExitCode.ShouldBe(3);
        run.Output.ShouldContain("[heathcoat.sanctioned.10");
    }

    [Fact]
    public void Check_NamedColleagueCriticised_Chapmanslade_behaviour_04_Blocks()
    {
        var run = CliRun.Of("check", "--pack", "chapmanslade", "--staff", "Mr Brown", "Mr B can't control his class");

        run.ExitCode.ShouldBe(3);
        run.Output.ShouldContain("colleague-criticism at 0+28 [chapmanslade.behaviour.04");
    }
}
