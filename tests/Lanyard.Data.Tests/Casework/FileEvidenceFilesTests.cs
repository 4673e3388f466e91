using System.Diagnostics;
using System.Security.Cryptography;
using Lanyard.Data.Casework;

namespace Lanyard.Data.Tests.Casework;

public sealed class FileEvidenceFilesTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("lanyard-evidence-");

    public void Dispose()
    {
        foreach (var file in _root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _root.Delete(recursive: true);
    }

    private FileEvidenceFiles Files => new(_root.FullName);

    private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private IEnumerable<string> StoredFiles() =>
        _root.EnumerateFiles("*", SearchOption.AllDirectories).Where(f => !f.FullName.Contains(".incoming", StringComparison.Ordinal)).Select(f => f.FullName);

    [Fact]
    public async Task Put_SameBytesTwice_StoresThemOnce_AndReturnsTheSameHash()
    {
        var first = await Files.PutAsync(Bytes("screenshot bytes"), CancellationToken.None);
        var second = await Files.PutAsync(Bytes("screenshot bytes"), CancellationToken.None);

        second.ShouldBe(first);
        StoredFiles().ShouldHaveSingleItem().ShouldBe(Path.Combine(_root.FullName, first.Sha256[..2], first.Sha256[2..4], first.Sha256));
        Directory.EnumerateFiles(Path.Combine(_root.FullName, ".incoming")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Put_DifferentBytes_GoToDifferentPaths()
    {
        var a = await Files.PutAsync(Bytes("one"), CancellationToken.None);
        var b = await Files.PutAsync(Bytes("two"), CancellationToken.None);

        a.Sha256.ShouldNotBe(b.Sha256);
        StoredFiles().Count().ShouldBe(2);
    }

    [Fact]
    public async Task Put_HashAndSize_MatchSha256sum()
    {
        var content = new byte[300_000];
        new Random(7).NextBytes(content);

        var (sha256, size) = await Files.PutAsync(new MemoryStream(content), CancellationToken.None);

        size.ShouldBe(content.Length);
        sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        var start = new ProcessStartInfo("sha256sum", Files.PathOf(sha256)) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.Split(' ')[0].ShouldBe(sha256);
    }

    [Fact]
    public async Task StoredFile_IsReadOnly_AndAStoreOfOtherBytesLeavesItUnchanged()
    {
        var (sha256, _) = await Files.PutAsync(Bytes("original"), CancellationToken.None);
        var path = Files.PathOf(sha256);

        File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly).ShouldBeTrue();
        await Files.PutAsync(Bytes("original"), CancellationToken.None);
        await Files.PutAsync(Bytes("something else"), CancellationToken.None);

        await using var stream = await Files.OpenAsync(sha256, CancellationToken.None);
        using var reader = new StreamReader(stream!);
        (await reader.ReadToEndAsync()).ShouldBe("original");
        stream!.CanWrite.ShouldBeFalse();
    }

    [Fact]
    public async Task Open_UnknownHash_IsNull()
    {
        (await Files.OpenAsync(new string('c', 64), CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task Open_MalformedHash_IsRefused(string sha256)
    {
        await Should.ThrowAsync<ArgumentException>(() => Files.OpenAsync(sha256, CancellationToken.None));
    }
}
