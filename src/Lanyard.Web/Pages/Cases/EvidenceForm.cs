using Lanyard.Core.Casework;
using Lanyard.Core.Time;

namespace Lanyard.Web.Pages.Cases;

/// <summary>The add-evidence form on the case page.</summary>
internal sealed class EvidenceForm
{
    /// <summary>What the evidence is.</summary>
    public EvidenceKind? Kind { get; set; }

    /// <summary>Where it was found.</summary>
    public string? Url { get; set; }

    /// <summary>When it was captured (UK time).</summary>
    public DateTime? CapturedAt { get; set; }

    /// <summary>For a capture time in the hour the clocks go back: which of the two it was.</summary>
    public UkZone? CapturedAtZone { get; set; }

    /// <summary>Who captured it.</summary>
    public string? CapturedBy { get; set; }

    /// <summary>How.</summary>
    public string? HowCaptured { get; set; }

    /// <summary>What it shows.</summary>
    public string? Description { get; set; }

    /// <summary>Marked as including indecent images of children: no file is accepted.</summary>
    public bool IndecentImage { get; set; }

    /// <summary>Where physical evidence is locked away.</summary>
    public string? StorageLocation { get; set; }

    /// <summary>Who holds the key.</summary>
    public string? KeyHolder { get; set; }
}
