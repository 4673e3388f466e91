using System.Text.Json;

namespace Lanyard.Data.Casework;

/// <summary>
/// The stored shape of an entry's details (a JSON object of text values) and clause ids (a JSON
/// array of text). Plain string maps and lists, so nothing renamed in the core changes how rows
/// already written are read back.
/// </summary>
internal static class CaseJson
{
    public static string WriteDetails(IReadOnlyDictionary<string, string> details) =>
        JsonSerializer.Serialize(details.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, string> ReadDetails(string json) =>
        new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    public static string WriteClauses(IReadOnlyList<string> clauses) => JsonSerializer.Serialize(clauses);

    public static IReadOnlyList<string> ReadClauses(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
