using System.Text.Json;

namespace Lanyard.Cli.Tests.Packs;

/// <summary>
/// <c>lanyard packs diff</c> on a copy of a shipped pack edited the way a school edits a new
/// version: a clause reworded, a clause dropped, the review cycle and a parameter value changed.
/// </summary>
public sealed class PacksDiffCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lanyard-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Copy(string name, params (string Find, string Replace)[] edits)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "policies", "testbourne.yaml"));
        foreach (var (find, replace) in edits)
        {
            text.Split(find).Length.ShouldBe(2, $"'{find}' should occur exactly once in testbourne.yaml");
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string NewVersion() => Copy(
        "testbourne-1.2.0.yaml",
        ("\nversion: \"1.1.0\"", "\nversion: \"1.2.0\""),
        ("  cycleMonths: 12\n", "  cycleMonths: 24\n"),
        ("lives separate\"", "lives apart\""),
        ("""
          - id: testbourne.meta.04
            kind: governance
            enforce: record-only
            appliesTo: [governors]
            summary: "Classified as discretionary, not statutory"
            example: "`statutory` = false"

        """, string.Empty),
        ("  formerPupilContact:\n    blocked: under-age\n    age: 18", "  formerPupilContact:\n    blocked: under-age\n    age: 21"));

    [Fact]
    public void Diff_EditedVersion_ShowsEachChangeAndWhatStaffReacknowledge()
    {
        var run = CliRun.Of("packs", "diff", Copy("testbourne-1.1.0.yaml"), NewVersion());

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        run.Output.ShouldBe("""
            testbourne "1.1.0" → testbourne "1.2.0"

            Metadata (2 changes):
              version: 1.1.0 → 1.2.0
              review.cycleMonths: 12 → 24

            Clauses: 0 added, 1 removed, 1 changed
              - testbourne.meta.04 Classified as discretionary, not statutory
              ~ testbourne.1.01
                  summary: Staff must always keep their personal and professional lives separate → Staff must always keep their personal and professional lives apart

            Parameters: 0 added, 0 removed, 1 changed
              ~ formerPupilContact  [testbourne.5d.04, testbourne.5d.05]
                  age: 18 → 21

            Staff re-acknowledge (3 clauses): testbourne.1.01, testbourne.5d.04, testbourne.5d.05

            """.ReplaceLineEndings());
    }

    [Fact]
    public void Diff_Json_GivesTheSameDiffForScripts()
    {
        var run = CliRun.Of("packs", "diff", "testbourne", NewVersion(), "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("samePack").GetBoolean().ShouldBeTrue();
        root.GetProperty("identical").GetBoolean().ShouldBeFalse();
        root.GetProperty("removedClauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(["testbourne.meta.04"]);
        var changed = root.GetProperty("changedParameters").EnumerateArray().Single();
        changed.GetProperty("key").GetString().ShouldBe("formerPupilContact");
        var age = changed.GetProperty("fields").EnumerateArray().Single();
        (age.GetProperty("field").GetString(), age.GetProperty("old").GetString(), age.GetProperty("new").GetString()).ShouldBe(("age", "18", "21"));
        root.GetProperty("metadata").EnumerateArray().Select(m => m.GetProperty("field").GetString()).ShouldBe(["version", "review.cycleMonths"]);
        root.GetProperty("clausesToReacknowledge").EnumerateArray().Select(c => c.GetString()).ShouldBe(["testbourne.1.01", "testbourne.5d.04", "testbourne.5d.05"]);
    }

    [Fact]
    public void Diff_ShippedPackAgainstItsOwnFile_IsIdenticalAndSucceeds()
    {
        var run = CliRun.Of("packs", "diff", "testbourne", Path.Combine(Repository.Root, "policies", "testbourne.yaml"));

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("No differences");
    }

    [Fact]
    public void Diff_TwoDifferentPacks_SaysSoAndStillDiffs()
    {
        var run = CliRun.Of("packs", "diff", "testbourne", "heathcoat");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("note: these are different packs (testbourne, heathcoat)");
        run.Output.ShouldContain("  id: testbourne → heathcoat");
    }

    [Fact]
    public void Diff_BrokenNewVersion_ReportsFileLineColumnAndFails()
    {
        var broken = Copy("broken.yaml", ("\nversion: \"1.1.0\"", "\nversion: \"1.2.0\"\nreviewCycle: 24"));

        var run = CliRun.Of("packs", "diff", "testbourne", broken);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain($"{broken}:22:1: error: unknown key 'reviewCycle' in the pack");
    }

    [Fact]
    public void Diff_UnknownPack_FailsWithTheShippedIds()
    {
        var run = CliRun.Of("packs", "diff", "testbourne", "no-such-school");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no shipped pack has id 'no-such-school'");
    }

    [Fact]
    public void Diff_MissingArgument_IsAUsageError()
    {
        var run = CliRun.Of("packs", "diff", "testbourne");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotBeEmpty();
    }
}
