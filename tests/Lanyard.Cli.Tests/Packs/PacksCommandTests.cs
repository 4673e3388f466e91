using System.Text.Json;

namespace Lanyard.Cli.Tests.Packs;

public class PacksCommandTests
{
    [Fact]
    public void List_ShowsEveryShippedPackWithClauseCountAndNextReview()
    {
        var run = CliRun.Of("packs", "list");

        run.ExitCode.ShouldBe(0);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("ID");
        lines.Length.ShouldBe(6);
        lines.ShouldContain(l => l.StartsWith("st-marys-sefton", StringComparison.Ordinal) && l.Contains("no review cycle set", StringComparison.Ordinal) && l.Contains(" 55 ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("cambrian", StringComparison.Ordinal) && l.Contains("trust", StringComparison.Ordinal) && l.Contains("2025-12-19", StringComparison.Ordinal));
    }

    [Fact]
    public void List_Json_GivesOneObjectPerPack()
    {
        var run = CliRun.Of("packs", "list", "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        var packs = json.RootElement.EnumerateArray().ToList();
        packs.Select(p => p.GetProperty("id").GetString()).ShouldBe(["chapmanslade", "testbourne", "cambrian", "st-marys-sefton", "heathcoat"]);
        packs.Sum(p => p.GetProperty("clauseCount").GetInt32()).ShouldBe(397);
        packs.Single(p => p.GetProperty("id").GetString() == "heathcoat").GetProperty("level").GetString().ShouldBe("federation");
        packs.Single(p => p.GetProperty("id").GetString() == "st-marys-sefton").TryGetProperty("nextReview", out _).ShouldBeFalse();
    }

    [Fact]
    public void Show_GroupsClausesByKindAndListsParametersAndWarnings()
    {
        var run = CliRun.Of("packs", "show", "st-marys-sefton");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("St Mary's Catholic Primary School");
        run.Output.ShouldContain("10. Name alongside a pupil photo [parameters.pupilNameWithPhoto]");
        run.Output.ShouldContain("policy: no-name");
        run.Output.ShouldContain("Content clauses (");
        run.Output.ShouldContain("st-marys-sefton.4-1c.01 [pre-check → block (potential-gross-misconduct)]");
        run.Output.ShouldContain("adoption incomplete: the chair-of-governors signature line is blank in the copy");
        run.Output.ShouldContain("no review cycle set");
    }

    [Fact]
    public void Show_Json_IncludesThePackAndItsWarnings()
    {
        var run = CliRun.Of("packs", "show", "heathcoat", "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        var pack = json.RootElement.GetProperty("pack");
        pack.GetProperty("organisation").GetProperty("level").GetString().ShouldBe("federation");
        pack.GetProperty("parameters").GetProperty("pupilNameWithPhoto").GetProperty("policy").GetString().ShouldBe("first-name-only");
        pack.GetProperty("approval").GetProperty("date").GetString().ShouldBe("2021-11-10");
        pack.GetProperty("clauses").GetArrayLength().ShouldBe(84);
        json.RootElement.GetProperty("warnings").EnumerateArray()
            .ShouldContain(w => w.GetProperty("message").GetString()!.Contains("two consent models", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_UnknownPack_FailsWithTheShippedIds()
    {
        var run = CliRun.Of("packs", "show", "no-such-school");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no shipped pack has id 'no-such-school'");
        run.Error.ShouldContain("chapmanslade, testbourne, cambrian, st-marys-sefton, heathcoat");
    }

    [Fact]
    public void Validate_BrokenPack_ReportsFileLineColumnAndFails()
    {
        var path = WritePack("""
            formatVersion: 1
            id: broken
            tittle: Misspelt
            """);
        try
        {
            var run = CliRun.Of("packs", "validate", path);

            run.ExitCode.ShouldBe(1);
            run.Output.ShouldContain($"{path}:3:1: error: unknown key 'tittle' in the pack; allowed: formatVersion, id, title,");
            run.Output.ShouldContain("invalid:");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_ShippedPackFile_IsValidWithItsWarnings()
    {
        var path = Path.Combine(Repository.Root, "policies", "cambrian.yaml");

        var run = CliRun.Of("packs", "validate", path, "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("clauseCount").GetInt32().ShouldBe(91);
        json.RootElement.GetProperty("warnings").EnumerateArray()
            .ShouldContain(w => w.GetProperty("message").GetString()!.Contains("bi-yearly", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_HasOneRowPerDisagreementWithEveryPack()
    {
        var run = CliRun.Of("packs", "compare", "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("number").GetInt32()).ShouldBe(Enumerable.Range(1, 34));
        rows.ShouldAllBe(r => r.GetProperty("cells").GetArrayLength() == 5);
        var formerPupils = rows[1].GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("packId").GetString()!, c => c.GetProperty("answer").GetString());
        formerPupils["chapmanslade"].ShouldBe("blocked: always; actions: follow, engage, any-contact");
        formerPupils["testbourne"]!.ShouldStartWith("blocked: under-age; age: 18");
    }

    [Fact]
    public void Compare_SilentPackShowsADashNotAnotherPacksRule()
    {
        var run = CliRun.Of("packs", "compare");

        run.ExitCode.ShouldBe(0);
        var row3 = run.Output[run.Output.IndexOf(" 3. ", StringComparison.Ordinal)..run.Output.IndexOf(" 4. ", StringComparison.Ordinal)];
        row3.ShouldContain("testbourne       untilAge: 25");
        row3.Split('\n').Count(l => l.TrimEnd().EndsWith('—')).ShouldBe(4);
    }

    [Fact]
    public void UnknownCommand_IsAUsageError()
    {
        var run = CliRun.Of("packs", "explode");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotBeEmpty();
    }

    private static string WritePack(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lanyard-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
