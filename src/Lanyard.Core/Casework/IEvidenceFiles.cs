namespace Lanyard.Core.Casework;

/// <summary>
/// Where evidence files live, addressed by their SHA-256: the same bytes are stored once, and a
/// stored file is never overwritten or altered.
/// </summary>
public interface IEvidenceFiles
{
    /// <summary>Stores the bytes read from <paramref name="content"/>; returns their SHA-256 (lower-case hex) and size.</summary>
    Task<(string Sha256, long Size)> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading; null when no file has that hash.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken);
}
