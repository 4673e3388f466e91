using System.Security.Cryptography;
using Lanyard.Core.Casework;

namespace Lanyard.Core.Tests.Casework.Evidence;

/// <summary>Evidence files in memory, recording every call so a test can prove no bytes arrived.</summary>
internal sealed class RecordingEvidenceFiles : IEvidenceFiles
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public async Task<(string Sha256, long Size)> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        Calls.Add("put");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        _files.TryAdd(hash, bytes);
        return (hash, bytes.Length);
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        Calls.Add("open");
        return Task.FromResult<Stream?>(_files.TryGetValue(sha256, out var bytes) ? new MemoryStream(bytes, writable: false) : null);
    }

    /// <summary>Alters a stored file behind the store's back, as someone with disk access could.</summary>
    public void Tamper(string sha256, byte[] replacement) => _files[sha256] = replacement;
}
