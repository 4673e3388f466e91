using System.Text.Json;
using System.Text.Json.Nodes;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Compares two pack parts field by field through their JSON form (the shape <c>--json</c> and
/// the API already give, with YAML's camelCase keys and kebab-case values), so a field added to a
/// parameter record next year is diffed without anyone remembering to list it here.
/// </summary>
internal static class JsonDifferences
{
    private static readonly JsonSerializerOptions Compact = new(LanyardJson.Options) { WriteIndented = false };

    /// <summary>A difference at one path, with the clauses cited by the nearest object around it.</summary>
    internal sealed record Found(DiffPacks.FieldChange Change, IReadOnlyList<string> CitedBy);

    /// <summary>The JSON form of a pack part.</summary>
    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, LanyardJson.Options);

    /// <summary>Every differing leaf path between two nodes, old keys first, then keys only the new one has.</summary>
    public static IReadOnlyList<Found> Between(JsonNode? old, JsonNode? @new)
    {
        var found = new List<Found>();
        Collect(string.Empty, old, @new, [], found);
        return found;
    }

    /// <summary>
    /// Every clause id an object cites, at any depth, under the <c>clause</c> and <c>clauses</c>
    /// keys packs use for citations; in the order written, without repeats.
    /// </summary>
    public static IReadOnlyList<string> Citations(JsonNode? node)
    {
        var ids = new List<string>();
        AddCitations(node, ids, deep: true);
        return ids;
    }

    /// <summary>A value as a reader would want it on one line: text bare, lists as <c>[a, b]</c>, objects as compact JSON; null when absent.</summary>
    public static string? Render(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonArray array when array.All(n => n is null or JsonValue) => "[" + string.Join(", ", array.Select(n => Render(n) ?? "null")) + "]",
        _ => node.ToJsonString(Compact),
    };

    private static void Collect(string path, JsonNode? old, JsonNode? @new, IReadOnlyList<string> citedBy, List<Found> found)
    {
        if (JsonNode.DeepEquals(old, @new))
        {
            return;
        }

        switch (old, @new)
        {
            case (JsonObject o, JsonObject n):
                var cited = Direct(n) is { Count: > 0 } own ? own : Direct(o) is { Count: > 0 } former ? former : citedBy;
                foreach (var key in o.Select(p => p.Key).Concat(n.Select(p => p.Key).Where(k => !o.ContainsKey(k))))
                {
                    Collect(Join(path, key), o[key], n[key], cited, found);
                }

                return;

            // Lists of objects (escalation steps, content rules, change-history rows) are compared
            // entry by entry so one edited step does not show as the whole list replaced; lists
            // of plain values (roles, clause ids) read better whole.
            case (JsonArray o, JsonArray n) when o.Any(e => e is JsonObject) || n.Any(e => e is JsonObject):
                for (var i = 0; i < Math.Max(o.Count, n.Count); i++)
                {
                    Collect($"{path}[{i}]", i < o.Count ? o[i] : null, i < n.Count ? n[i] : null, citedBy, found);
                }

                return;

            default:
                var leafCited = Direct(@new) is { Count: > 0 } added ? added : Direct(old) is { Count: > 0 } removed ? removed : citedBy;
                found.Add(new Found(new DiffPacks.FieldChange(path, Render(old), Render(@new)), leafCited));
                return;
        }
    }

    private static List<string> Direct(JsonNode? node)
    {
        var ids = new List<string>();
        AddCitations(node, ids, deep: false);
        return ids;
    }

    private static void AddCitations(JsonNode? node, List<string> ids, bool deep)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "clause" && value is JsonValue single && single.GetValueKind() == JsonValueKind.String)
                    {
                        Add(ids, single.GetValue<string>());
                    }
                    else if (key is "clauses" && value is JsonArray list)
                    {
                        foreach (var item in list.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String))
                        {
                            Add(ids, item.GetValue<string>());
                        }
                    }
                    else if (deep)
                    {
                        AddCitations(value, ids, deep);
                    }
                }

                break;
            case JsonArray array when deep:
                foreach (var item in array)
                {
                    AddCitations(item, ids, deep);
                }

                break;
        }
    }

    private static void Add(List<string> ids, string id)
    {
        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            ids.Add(id);
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
