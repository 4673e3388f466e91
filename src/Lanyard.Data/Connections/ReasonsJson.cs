using System.Text.Json;
using System.Text.Json.Serialization;
using Lanyard.Core.Connections;
using Lanyard.Core.Policies;

namespace Lanyard.Data.Connections;

/// <summary>
/// The stored shape of a decision's reasons and notes. The store owns it rather than serialising
/// the core's records directly, so a renamed or added member in the core cannot silently change how
/// rows already written are read back. Enum values are written the way packs spell them.
/// </summary>
internal static class ReasonsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Write(IReadOnlyList<ConnectionReason> reasons) =>
        JsonSerializer.Serialize(reasons.Select(r => new StoredReason
        {
            Verdict = r.Verdict,
            RuleVerdict = r.RuleVerdict,
            ClauseIds = [.. r.ClauseIds],
            Explanation = r.Explanation,
            DecidingRole = r.DecidingRole,
        }).ToList(), Options);

    public static IReadOnlyList<ConnectionReason> ReadReasons(string json) =>
        [.. (JsonSerializer.Deserialize<List<StoredReason>>(json, Options) ?? [])
            .Select(r => new ConnectionReason(r.Verdict, r.RuleVerdict, r.ClauseIds, r.Explanation, r.DecidingRole))];

    public static string Write(IReadOnlyList<string> notes) => JsonSerializer.Serialize(notes, Options);

    public static IReadOnlyList<string> ReadNotes(string json) => JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];

    private sealed class StoredReason
    {
        public Verdict Verdict { get; init; }

        public Verdict RuleVerdict { get; init; }

        public List<string> ClauseIds { get; init; } = [];

        public string Explanation { get; init; } = "";

        public Role? DecidingRole { get; init; }
    }
}
