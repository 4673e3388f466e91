using System.Reflection;
using System.Text.RegularExpressions;

namespace Lanyard.Core.Tests.Inventory;

/// <summary>One row of CLAUSES.md §2: the clause as the inventory states it.</summary>
internal sealed record InventoryRow(string Id, string Pack, string AppliesTo, string Kind, string Paraphrase, string Enforce);

/// <summary>Reads the clause tables of the inventory (a copy of shared/policies/CLAUSES.md kept with the tests).</summary>
internal static partial class ClauseInventory
{
    private static readonly Lazy<IReadOnlyList<InventoryRow>> LazyRows = new(Read);

    public static IReadOnlyList<InventoryRow> Rows => LazyRows.Value;

    private static List<InventoryRow> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lanyard.Tests.CLAUSES.md")
            ?? throw new InvalidOperationException("CLAUSES.md is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<InventoryRow>();
        while (reader.ReadLine() is { } line)
        {
            var match = RowPattern().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var cells = match.Groups["rest"].Value.Split(" | ");
            rows.Add(new InventoryRow(match.Groups["id"].Value, match.Groups["pack"].Value, cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim()));
        }

        return rows;
    }

    [GeneratedRegex(@"^\| (?<id>(?<pack>chapmanslade|testbourne|cambrian|st-marys-sefton|heathcoat)\.[^ |]+) \|(?<rest>.*)\|\s*$")]
    private static partial Regex RowPattern();
}
