namespace Lanyard.Core.Casework;

/// <summary>
/// How a case reads once its corrections are applied, in one place so the procedure (facts, gates,
/// tasks, what is allowed next), access and the latest-value readings all agree.
/// <para>
/// A correction is an entry whose <see cref="CaseEntry.Corrects"/> names an earlier entry of the same
/// case. It re-records that entry's step (same <see cref="CaseEntry.Step"/>) without moving the case
/// (its <see cref="CaseEntry.From"/> and <see cref="CaseEntry.To"/> are the stage it was in), and its
/// details replace the corrected entry's details for every purpose: the corrected entry is read in
/// its own place in the record and at its own time, as if it had been recorded with the corrected
/// details. So a flag raised by mistake and corrected away no longer opens a task or guards a gate; a
/// flag corrected in counts from when the corrected entry was recorded; a corrected response changes
/// what a ladder allows next; and a later entry still overrides an earlier one that was corrected.
/// </para>
/// <para>
/// An entry is corrected at most once; a correction may itself be corrected, so a chain of
/// corrections ends in the details that count. Nothing is removed: the corrected entry stays in the
/// record, shown as corrected, and the correction says what was wrong in its note.
/// </para>
/// </summary>
internal static class CaseCorrections
{
    /// <summary>
    /// The case's entries as the procedure reads them: every entry that is not itself a correction,
    /// in order, each carrying the details of the last correction in its chain (if any).
    /// </summary>
    public static IReadOnlyList<CaseEntry> Effective(CaseFile file)
    {
        var byId = file.Entries.Where(e => e.Id != 0).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var correctorOf = CorrectorsOf(file);
        var effective = new List<CaseEntry>(file.Entries.Count);
        foreach (var entry in file.Entries)
        {
            // A correction pointing at an entry this case does not hold corrects nothing: read it as it stands.
            if (entry.Corrects is { } target && byId.ContainsKey(target))
            {
                continue;
            }

            var last = entry;
            var seen = new HashSet<long> { entry.Id };
            while (correctorOf.TryGetValue(last.Id, out var next) && seen.Add(next.Id))
            {
                last = next;
            }

            effective.Add(ReferenceEquals(last, entry) ? entry : entry with { Details = last.Details });
        }

        return effective;
    }

    /// <summary>Each corrected entry's id and the entry correcting it (the latest, should an old record hold two).</summary>
    public static IReadOnlyDictionary<long, CaseEntry> CorrectorsOf(CaseFile file)
    {
        var correctors = new Dictionary<long, CaseEntry>();
        foreach (var entry in file.Entries)
        {
            if (entry.Corrects is { } target)
            {
                correctors[target] = entry;
            }
        }

        return correctors;
    }
}
