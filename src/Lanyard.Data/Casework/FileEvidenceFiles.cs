using System.Security.Cryptography;

namespace Lanyard.Data.Casework;

/// <summary>
/// Evidence files on disk, named by their SHA-256: <c>root/ab/cd/abcd…</c>. Bytes are streamed to a
/// temporary file in the root while they are hashed, then moved into place; a file already there with
/// that hash is the same bytes, so it is kept and the copy discarded. Stored files are made read-only
/// and never opened for writing again.
/// </summary>
public sealed class FileEvidenceFiles : Core.Casework.IEvidenceFiles
{
    private const string TemporaryFolder = ".incoming";

    /// <summary>Files under <paramref name="root"/> (created if missing).</summary>
    public FileEvidenceFiles(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The folder the files live under.</summary>
    public string Root { get; }

    /// <summary>Whether <paramref name="sha256"/> is a SHA-256 as this store names files: 64 lower-case hex digits.</summary>
    public static bool IsWellFormed(string? sha256) =>
        sha256 is { Length: 64 } && sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>Where the file with this hash is (or would be) kept.</summary>
    /// <exception cref="ArgumentException">The hash is not 64 lower-case hex digits.</exception>
    public string PathOf(string sha256)
    {
        if (!IsWellFormed(sha256))
        {
            throw new ArgumentException("An evidence file is named by a SHA-256 of 64 lower-case hex digits.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    /// <inheritdoc />
    public async Task<(string Sha256, long Size)> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var incoming = Path.Combine(Root, TemporaryFolder);
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
                size = file.Length;
            }

            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.SetAttributes(temporary, FileAttributes.ReadOnly);
                try
                {
                    File.Move(temporary, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Someone stored the same bytes a moment earlier: theirs is identical, keep it.
                }
            }

            return (sha256, size);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.SetAttributes(temporary, FileAttributes.Normal);
                File.Delete(temporary);
            }
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }
}
