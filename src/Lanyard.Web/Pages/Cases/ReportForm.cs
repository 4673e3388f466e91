using Lanyard.Core.Casework;
using Lanyard.Core.Time;

namespace Lanyard.Web.Pages.Cases;

/// <summary>The report form's fields, as posted by /cases/new.</summary>
internal sealed class ReportForm
{
    /// <summary>How many rows of people involved the form offers.</summary>
    public const int PartyRows = 3;

    /// <summary>What kind of concern.</summary>
    public CaseType? Type { get; set; }

    /// <summary>What happened.</summary>
    public string? Summary { get; set; }

    /// <summary>Where (URL or platform).</summary>
    public string? Location { get; set; }

    /// <summary>When, as typed (UK time).</summary>
    public DateTime? HappenedAt { get; set; }

    /// <summary>For a time in the hour the clocks go back: which of the two it was.</summary>
    public UkZone? HappenedAtZone { get; set; }

    /// <summary>The people involved; rows left empty are ignored.</summary>
    public List<PartyRow> Parties { get; set; } = [];

    /// <summary>Flags raised (kebab case).</summary>
    public List<string> Flags { get; set; } = [];

    /// <summary>What the evidence is.</summary>
    public EvidenceKind? EvidenceKind { get; set; }

    /// <summary>Where the evidence was found.</summary>
    public string? EvidenceUrl { get; set; }

    /// <summary>What the evidence shows.</summary>
    public string? EvidenceDescription { get; set; }

    /// <summary>When the evidence was captured (UK time).</summary>
    public DateTime? CapturedAt { get; set; }

    /// <summary>For a capture time in the hour the clocks go back: which of the two it was.</summary>
    public UkZone? CapturedAtZone { get; set; }

    /// <summary>How it was captured.</summary>
    public string? HowCaptured { get; set; }

    /// <summary>The evidence includes indecent images of children: no file is ever accepted.</summary>
    public bool IndecentImage { get; set; }

    /// <summary>Where physical evidence is locked away.</summary>
    public string? StorageLocation { get; set; }

    /// <summary>Who holds the key.</summary>
    public string? KeyHolder { get; set; }

    /// <summary>Where the report was raised from (post-check, connection-check).</summary>
    public string? Source { get; set; }

    /// <summary>The id of that result.</summary>
    public string? SourceRef { get; set; }

    /// <summary>Whether any evidence field was filled in (a file is checked separately).</summary>
    public bool HasEvidenceText =>
        IndecentImage || !string.IsNullOrWhiteSpace(EvidenceUrl) || !string.IsNullOrWhiteSpace(EvidenceDescription)
        || !string.IsNullOrWhiteSpace(StorageLocation) || !string.IsNullOrWhiteSpace(KeyHolder);

    /// <summary>One person involved.</summary>
    public sealed class PartyRow
    {
        /// <summary>A register id, <see cref="NewModel.Outsider"/>, or empty for an unused row.</summary>
        public string? Who { get; set; }

        /// <summary>For someone outside the register: a name, handle or description.</summary>
        public string? Description { get; set; }

        /// <summary>For someone outside the register: who they are to the school.</summary>
        public PartyKind? Kind { get; set; }

        /// <summary>Their part in it.</summary>
        public PartyRole? Role { get; set; }

        /// <summary>Whether the row was left empty.</summary>
        public bool IsEmpty => string.IsNullOrWhiteSpace(Who) && string.IsNullOrWhiteSpace(Description);
    }
}
