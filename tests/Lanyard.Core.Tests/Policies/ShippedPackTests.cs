using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Tests.Inventory;

namespace Lanyard.Core.Tests.Policies;

/// <summary>The five shipped packs against the clause inventory (CLAUSES.md §2) and their source documents.</summary>
public class ShippedPackTests
{
    public static TheoryData<string> PackIds => [.. BuiltInPacks.Ids];

    [Theory]
    [InlineData("chapmanslade", 67)]
    [InlineData("testbourne", 100)]
    [InlineData("cambrian", 91)]
    [InlineData("st-marys-sefton", 55)]
    [InlineData("heathcoat", 84)]
    public void ShippedPack_LoadsWithoutErrors_WithExpectedClauseCount(string id, int clauses)
    {
        var result = BuiltInPacks.Load(id);

        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
        result.Pack!.Clauses.Count.ShouldBe(clauses);
    }

    [Fact]
    public void Inventory_Has397Clauses()
    {
        ClauseInventory.Rows.Count.ShouldBe(397);
    }

    [Fact]
    public void EveryInventoryClause_AppearsInExactlyOnePack_ItsOwn()
    {
        var owners = BuiltInPacks.Ids
            .SelectMany(id => BuiltInPacks.Get(id).Clauses.Select(c => (Pack: id, c.Id)))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Pack).ToList());

        var problems = ClauseInventory.Rows
            .Where(row => !owners.TryGetValue(row.Id, out var packs) || packs.Count != 1 || packs[0] != row.Pack)
            .Select(row => $"{row.Id}: in {(owners.TryGetValue(row.Id, out var p) ? string.Join(", ", p) : "no pack")}")
            .ToList();
        var extra = owners.Keys.Except(ClauseInventory.Rows.Select(r => r.Id)).Select(id => $"{id}: not in the inventory");

        problems.Concat(extra).ShouldBeEmpty();
    }

    [Fact]
    public void EveryClause_HasTheInventorysKindAndEnforce_OrADeviationNote()
    {
        var clauses = BuiltInPacks.Ids.SelectMany(id => BuiltInPacks.Get(id).Clauses).ToDictionary(c => c.Id);

        var mismatches = ClauseInventory.Rows
            .Where(row => clauses.ContainsKey(row.Id))
            .Select(row => (row, clause: clauses[row.Id]))
            .Where(x => (YamlNaming.Kebab(x.clause.Kind) != x.row.Kind || YamlNaming.Kebab(x.clause.Enforce) != x.row.Enforce)
                && string.IsNullOrWhiteSpace(x.clause.Deviation))
            .Select(x => $"{x.row.Id}: inventory {x.row.Kind}/{x.row.Enforce}, pack {YamlNaming.Kebab(x.clause.Kind)}/{YamlNaming.Kebab(x.clause.Enforce)}")
            .ToList();

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void EveryAmbiguousInventoryRow_CarriesAnAmbiguityNote()
    {
        var clauses = BuiltInPacks.Ids.SelectMany(id => BuiltInPacks.Get(id).Clauses).ToDictionary(c => c.Id);

        var missing = ClauseInventory.Rows
            .Where(row => row.Paraphrase.Contains('⚠', StringComparison.Ordinal) && string.IsNullOrWhiteSpace(clauses[row.Id].Ambiguity))
            .Select(row => row.Id)
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(PackIds))]
    public void CheckingClauses_CarryAVerdict_UnlessTheyOnlyScopeOrExcept(string id)
    {
        var pack = BuiltInPacks.Get(id);

        var checking = pack.Clauses.Where(c => c.Enforce is EnforceMechanism.PreCheck or EnforceMechanism.ConnectionCheck
            or EnforceMechanism.AccountRegister or EnforceMechanism.UsageRule).ToList();

        // Scope rows say a check runs at all, exceptions lift a ban: neither gives a verdict of its own.
        var withoutVerdict = checking.Where(c => c.Verdict is null && c.Kind is not (ClauseKind.Scope or ClauseKind.Guidance)).ToList();
        (withoutVerdict.Count * 10).ShouldBeLessThanOrEqualTo(checking.Count, $"most checking clauses give a verdict; without: {string.Join(", ", withoutVerdict.Select(c => c.Id))}");
    }

    [Theory]
    [MemberData(nameof(PackIds))]
    public void SourceDocument_IsShippedAndMatchesItsHash(string id)
    {
        var pack = BuiltInPacks.Get(id);

        using var document = BuiltInPacks.OpenSourceDocument(pack.Source.File);

        document.ShouldNotBeNull($"{pack.Source.File} must be embedded");
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)).ShouldBe(pack.Source.Sha256);
    }

    [Theory]
    [MemberData(nameof(PackIds))]
    public void ShippedPack_LoadsTheSameFromItsFileOnDisk(string id)
    {
        var path = Path.Combine(RepositoryRoot(), "policies", id + ".yaml");

        var fromFile = PolicyPackLoader.LoadFile(path);

        fromFile.Errors.ShouldBeEmpty();
        fromFile.Pack!.Clauses.Select(c => c.Id).ShouldBe(BuiltInPacks.Get(id).Clauses.Select(c => c.Id));
        fromFile.Warnings.Count.ShouldBe(BuiltInPacks.Load(id).Warnings.Count);
    }

    [Fact]
    public void Load_UnknownId_SaysWhichPacksShip()
    {
        var ex = Should.Throw<ArgumentException>(() => BuiltInPacks.Load("nowhere"));

        ex.Message.ShouldContain("chapmanslade, testbourne, cambrian, st-marys-sefton, heathcoat");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lanyard.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lanyard.slnx not found above the test output folder.");
    }
}
