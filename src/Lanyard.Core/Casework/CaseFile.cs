namespace Lanyard.Core.Casework;

/// <summary>A case with everything recorded on it, as read from the store.</summary>
/// <param name="Case">The case as reported.</param>
/// <param name="Parties">The people involved.</param>
/// <param name="Entries">Everything that happened to it, oldest first.</param>
/// <param name="Evidence">Its evidence, oldest first.</param>
public sealed record CaseFile(CaseRecord Case, IReadOnlyList<CaseParty> Parties, IReadOnlyList<CaseEntry> Entries, IReadOnlyList<EvidenceItem> Evidence)
{
    /// <summary>The stage the entries leave the case in ("reported" before any).</summary>
    public CaseStage Stage => Entries.Count == 0 ? CaseStage.Reported : Entries[^1].To;

    /// <summary>Whether a step has been recorded (and not corrected away).</summary>
    public bool Has(CaseStep step) => Entries.Any(e => e.Step == step);

    /// <summary>The latest entry of a step, if any.</summary>
    public CaseEntry? Latest(CaseStep step) => Entries.LastOrDefault(e => e.Step == step);
}
