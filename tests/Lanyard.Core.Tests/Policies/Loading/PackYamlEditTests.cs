using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Policies.Loading;

/// <summary>Changing one value of a pack's YAML where it stands: everything else is kept as written, and the result loads.</summary>
public sealed class PackYamlEditTests
{
    [Theory]
    [MemberData(nameof(ShippedPackTests.PackIds), MemberType = typeof(ShippedPackTests))]
    public void EveryShippedPack_ClauseWordingVersionAndCycle_Changed_LoadsWithExactlyThose_AndEveryOtherLineKept(string packId)
    {
        var yaml = BuiltInPacks.Text(packId);
        var shipped = BuiltInPacks.Get(packId);
        var clause = shipped.Clauses[^1];
        const string Wording = "A \"quoted\" word, a back\\slash, a colon: and # not a comment\nand a second line";

        var edited = PackYamlEdit.SetClauseSummary(yaml, clause.Id, Wording).Yaml.ShouldNotBeNull();
        edited = PackYamlEdit.SetVersion(edited, "9.9.9").Yaml.ShouldNotBeNull();
        edited = PackYamlEdit.SetReviewCycleMonths(edited, 18).Yaml.ShouldNotBeNull();
        var loaded = PolicyPackLoader.LoadText(edited, $"{packId}.yaml");

        var pack = loaded.Pack.ShouldNotBeNull(string.Join("; ", loaded.Errors));
        pack.FindClause(clause.Id)!.Summary.ShouldBe(Wording);
        (pack.Version, pack.Review.CycleMonths).ShouldBe(("9.9.9", 18));
        pack.Clauses.Where(c => c.Id != clause.Id).Select(c => c.Summary).ShouldBe(shipped.Clauses.Where(c => c.Id != clause.Id).Select(c => c.Summary));
        var before = yaml.Split('\n');
        var after = edited.Split('\n');
        after.Length.ShouldBe(before.Length);
        before.Zip(after).Count(p => p.First != p.Second).ShouldBe(3, "only the three lines holding the values change");
    }

    [Fact]
    public void BlockScalar_IsReplaced_AndTheLineAfterItKept()
    {
        const string Yaml = "version: \"1.0\"\nclauses:\n  - id: x.a.01\n    summary: |\n      Two lines\n      of wording\n    kind: conduct # stays\n";

        var edited = PackYamlEdit.SetClauseSummary(Yaml, "x.a.01", "One line").Yaml;

        edited.ShouldBe("version: \"1.0\"\nclauses:\n  - id: x.a.01\n    summary: \"One line\"\n    kind: conduct # stays\n");
    }

    [Fact]
    public void NoSuchPlace_OrYamlThatDoesNotParse_IsAProblem_NotAnEdit()
    {
        PackYamlEdit.SetClauseSummary("version: \"1\"\nclauses: []\n", "x.a.01", "W").Problem.ShouldBe("the pack has no clause 'x.a.01' with a summary");
        PackYamlEdit.SetReviewCycleMonths("version: \"1\"\n", 12).Problem.ShouldBe("the pack has no 'review.cycleMonths' value");
        PackYamlEdit.SetVersion("version: [\n", "2").Problem.ShouldNotBeNull().ShouldStartWith("the draft's YAML does not parse (line ");
    }

    [Fact]
    public void CycleCleared_WritesNull()
    {
        PackYamlEdit.SetReviewCycleMonths("review:\n  cycleMonths: 12 # annual\n", null).Yaml.ShouldBe("review:\n  cycleMonths: null # annual\n");
    }
}
