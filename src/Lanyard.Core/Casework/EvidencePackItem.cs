namespace Lanyard.Core.Casework;

/// <summary>One item of an evidence pack's evidence list.</summary>
/// <param name="Number">Its number in the list (E1, E2, …), for reference in letters and reports.</param>
/// <param name="Kind">Screenshot, URL, message, document or physical, in kebab case.</param>
/// <param name="Url">Where it was found.</param>
/// <param name="CapturedAt">When it was captured.</param>
/// <param name="CapturedBy">Who captured it; null where the recipient is not given names.</param>
/// <param name="HowCaptured">How it was captured; null where names are withheld (it can name people too).</param>
/// <param name="Description">What it shows; null where the recipient is not given it.</param>
/// <param name="Sha256">SHA-256 of the stored file.</param>
/// <param name="SizeBytes">The stored file's size.</param>
/// <param name="Held">For evidence held physically: how it is held (for indecent images of children, "not copied").</param>
/// <param name="StorageLocation">Where a physical item is locked away; only for the police.</param>
/// <param name="KeyHolder">Who holds the key; only for the police.</param>
public sealed record EvidencePackItem(
    string Number,
    string Kind,
    string? Url,
    DateTimeOffset? CapturedAt,
    string? CapturedBy,
    string? HowCaptured,
    string? Description,
    string? Sha256,
    long? SizeBytes,
    string? Held,
    string? StorageLocation,
    string? KeyHolder);
