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

    /// <summary>Whether a step has been recorded (a correction changes an entry's details, never whether its step was taken).</summary>
    public bool Has(CaseStep step) => Entries.Any(e => e.Step == step);

    /// <summary>The latest entry of a step, if any; a correction re-records a step's details but is not a new step, so it is passed over.</summary>
    public CaseEntry? Latest(CaseStep step) => Entries.LastOrDefault(e => e.Step == step && e.Corrects is null);

    /// <summary>The entry correcting <paramref name="entryId"/>, or null when it stands as recorded.</summary>
    public CaseEntry? CorrectionOf(long entryId) => Entries.LastOrDefault(e => e.Corrects == entryId);
}
