using System.Text.Json.Nodes;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: what changed between two versions of a pack, clause by clause and parameter by
/// parameter (<c>lanyard packs diff</c>; the declaration page shows it). Re-issuing a policy
/// should not make every member of staff re-read everything: <see cref="Difference.ClausesToReacknowledge"/>
/// is what they sign again. Two different packs can be diffed too; <see cref="Difference.SamePack"/>
/// then says so, and every clause shows as removed and added because clause ids carry the pack id.
/// </summary>
public static class DiffPacks
{
    /// <summary>One field that differs.</summary>
    /// <param name="Field">Where, as written in YAML: <c>summary</c>, <c>review.cycleMonths</c>, <c>steps[2].kind</c>.</param>
    /// <param name="Old">The old value on one line; null when the old version has none.</param>
    /// <param name="New">The new value on one line; null when the new version has none.</param>
    public sealed record FieldChange(string Field, string? Old, string? New);

    /// <summary>A clause in both versions whose content differs.</summary>
    /// <param name="ClauseId">The clause id.</param>
    /// <param name="Fields">What differs (summary, kind, enforce, verdict, severity, appliesTo, withdrawn…).</param>
    public sealed record ClauseChange(string ClauseId, IReadOnlyList<FieldChange> Fields);

    /// <summary>A parameter only one version answers.</summary>
    /// <param name="Key">The parameter's key in YAML, e.g. <c>formerPupilContact</c>.</param>
    /// <param name="Clauses">The clauses the answer cites.</param>
    public sealed record ParameterEntry(string Key, IReadOnlyList<string> Clauses);

    /// <summary>A parameter both versions answer, differently.</summary>
    /// <param name="Key">The parameter's key in YAML, e.g. <c>formerPupilContact</c>.</param>
    /// <param name="Fields">The differing sub-paths, e.g. <c>age</c> or <c>steps[1].clause</c>.</param>
    /// <param name="Clauses">Every clause the parameter cites, new version first, then any the old one cited.</param>
    /// <param name="AffectedClauses">The clauses cited by the parts that changed (for a rule list, the changed rule's own clause).</param>
    public sealed record ParameterChange(string Key, IReadOnlyList<FieldChange> Fields, IReadOnlyList<string> Clauses, IReadOnlyList<string> AffectedClauses);

    /// <summary>One side of the comparison.</summary>
    /// <param name="PackId">The pack id.</param>
    /// <param name="Version">The version label.</param>
    /// <param name="Title">The title.</param>
    public sealed record PackSide(string PackId, string Version, string Title);

    /// <summary>Everything that differs, in a fixed order: clauses in document order, parameters and metadata in pack order.</summary>
    /// <param name="Old">The old version.</param>
    /// <param name="New">The new version.</param>
    /// <param name="Metadata">Changed metadata: version, approval, review, bound roles, change history…</param>
    /// <param name="AddedClauses">Clauses only the new version has, in its document order.</param>
    /// <param name="RemovedClauses">Clauses only the old version has, in its document order.</param>
    /// <param name="ChangedClauses">Clauses in both that differ, in the new version's document order.</param>
    /// <param name="AddedParameters">Parameters only the new version answers.</param>
    /// <param name="RemovedParameters">Parameters only the old version answers (the new one is silent).</param>
    /// <param name="ChangedParameters">Parameters both answer differently.</param>
    /// <param name="ClausesToReacknowledge">What staff must acknowledge again, in the new version's document order (see <see cref="Reacknowledge"/>).</param>
    public sealed record Difference(
        PackSide Old,
        PackSide New,
        IReadOnlyList<FieldChange> Metadata,
        IReadOnlyList<Clause> AddedClauses,
        IReadOnlyList<Clause> RemovedClauses,
        IReadOnlyList<ClauseChange> ChangedClauses,
        IReadOnlyList<ParameterEntry> AddedParameters,
        IReadOnlyList<ParameterEntry> RemovedParameters,
        IReadOnlyList<ParameterChange> ChangedParameters,
        IReadOnlyList<string> ClausesToReacknowledge)
    {
        /// <summary>False when the two packs have different ids.</summary>
        public bool SamePack => string.Equals(Old.PackId, New.PackId, StringComparison.Ordinal);

        /// <summary>True when nothing at all differs.</summary>
        public bool Identical => Metadata.Count == 0 && AddedClauses.Count == 0 && RemovedClauses.Count == 0 && ChangedClauses.Count == 0
            && AddedParameters.Count == 0 && RemovedParameters.Count == 0 && ChangedParameters.Count == 0;
    }

    /// <summary>Compares two loaded packs.</summary>
    public static Difference Handle(PolicyPack oldPack, PolicyPack newPack)
    {
        ArgumentNullException.ThrowIfNull(oldPack);
        ArgumentNullException.ThrowIfNull(newPack);

        var oldClauses = ById(oldPack);
        var newClauses = ById(newPack);
        var added = newPack.Clauses.Where(c => !oldClauses.ContainsKey(c.Id)).ToList();
        var removed = oldPack.Clauses.Where(c => !newClauses.ContainsKey(c.Id)).ToList();
        var changed = newPack.Clauses
            .Where(c => oldClauses.ContainsKey(c.Id))
            .Select(c => new ClauseChange(c.Id, Fields(JsonDifferences.Between(JsonDifferences.ToNode(oldClauses[c.Id]), JsonDifferences.ToNode(c)))))
            .Where(c => c.Fields.Count > 0)
            .ToList();

        var (addedParameters, removedParameters, changedParameters) = CompareParameters(oldPack, newPack);
        var metadata = Fields(JsonDifferences.Between(Metadata(oldPack), Metadata(newPack)));

        var reacknowledge = Reacknowledge(newPack, added, changed, addedParameters, removedParameters, changedParameters);
        return new Difference(Side(oldPack), Side(newPack), metadata, added, removed, changed, addedParameters, removedParameters, changedParameters, reacknowledge);
    }

    /// <summary>
    /// The clauses a member of staff must acknowledge again when <paramref name="newPack"/> takes
    /// effect: every added or changed clause, and every clause whose parameter (the rule Lanyard
    /// applies from it) was added, changed or dropped — the words may be the same, but what the
    /// school does about them is not. Only clauses that stand in the new version count: a removed
    /// or withdrawn clause binds nobody, so there is nothing to sign for it (the diff still shows it).
    /// </summary>
    public static IReadOnlyList<string> Reacknowledge(
        PolicyPack newPack,
        IReadOnlyList<Clause> addedClauses,
        IReadOnlyList<ClauseChange> changedClauses,
        IReadOnlyList<ParameterEntry> addedParameters,
        IReadOnlyList<ParameterEntry> removedParameters,
        IReadOnlyList<ParameterChange> changedParameters)
    {
        ArgumentNullException.ThrowIfNull(newPack);
        ArgumentNullException.ThrowIfNull(addedClauses);
        ArgumentNullException.ThrowIfNull(changedClauses);
        ArgumentNullException.ThrowIfNull(addedParameters);
        ArgumentNullException.ThrowIfNull(removedParameters);
        ArgumentNullException.ThrowIfNull(changedParameters);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(addedClauses.Select(c => c.Id));
        ids.UnionWith(changedClauses.Select(c => c.ClauseId));
        ids.UnionWith(addedParameters.SelectMany(p => p.Clauses));
        ids.UnionWith(removedParameters.SelectMany(p => p.Clauses));
        ids.UnionWith(changedParameters.SelectMany(p => p.AffectedClauses));
        return [.. newPack.Clauses.Where(c => !c.Withdrawn && ids.Contains(c.Id)).Select(c => c.Id)];
    }

    private static (List<ParameterEntry> Added, List<ParameterEntry> Removed, List<ParameterChange> Changed) CompareParameters(PolicyPack oldPack, PolicyPack newPack)
    {
        var oldNode = JsonDifferences.ToNode(oldPack.Parameters) as JsonObject ?? [];
        var newNode = JsonDifferences.ToNode(newPack.Parameters) as JsonObject ?? [];
        var added = new List<ParameterEntry>();
        var removed = new List<ParameterEntry>();
        var changed = new List<ParameterChange>();

        // Serialised in declaration order, which is CLAUSES.md §3 row order; keys only the new
        // version has cannot occur (both are PackParameters) but are kept in case they ever do.
        foreach (var key in oldNode.Select(p => p.Key).Concat(newNode.Select(p => p.Key).Where(k => !oldNode.ContainsKey(k))))
        {
            var before = oldNode[key];
            var after = newNode[key];
            if (before is null && after is not null)
            {
                added.Add(new ParameterEntry(key, JsonDifferences.Citations(after)));
            }
            else if (before is not null && after is null)
            {
                removed.Add(new ParameterEntry(key, JsonDifferences.Citations(before)));
            }
            else if (JsonDifferences.Between(before, after) is { Count: > 0 } found)
            {
                var cites = JsonDifferences.Citations(after).Concat(JsonDifferences.Citations(before)).Distinct(StringComparer.Ordinal).ToList();
                var affected = found.SelectMany(f => f.CitedBy).Distinct(StringComparer.Ordinal).ToList();
                changed.Add(new ParameterChange(key, Fields(found), cites, affected));
            }
        }

        return (added, removed, changed);
    }

    // Parameters and clauses are diffed on their own; what is left is the pack's governance
    // metadata (version, approval, review, bound roles, change history, inconsistencies…).
    private static JsonObject Metadata(PolicyPack pack)
    {
        var node = JsonDifferences.ToNode(pack) as JsonObject ?? [];
        node.Remove("parameters");
        node.Remove("clauses");
        return node;
    }

    private static Dictionary<string, Clause> ById(PolicyPack pack)
    {
        var byId = new Dictionary<string, Clause>(StringComparer.Ordinal);
        foreach (var clause in pack.Clauses)
        {
            byId.TryAdd(clause.Id, clause);
        }

        return byId;
    }

    private static List<FieldChange> Fields(IReadOnlyList<JsonDifferences.Found> found) => [.. found.Select(f => f.Change)];

    private static PackSide Side(PolicyPack pack) => new(pack.Id, pack.Version, pack.Title);
}
