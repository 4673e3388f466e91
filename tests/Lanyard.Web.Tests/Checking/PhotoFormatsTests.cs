using Lanyard.Web.Checking;

namespace Lanyard.Web.Tests.Checking;

/// <summary>Photos are known by their first bytes, not by their names.</summary>
public class PhotoFormatsTests
{
    public static TheoryData<string, byte[]> Images => new()
    {
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE1, 0, 0] },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0] },
        { "GIF", "GIF89a\x01\x00"u8.ToArray() },
        { "WebP", "RIFF\x10\x00\x00\x00WEBPVP8 "u8.ToArray() },
        { "HEIC", [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0] },
        { "AVIF", [0, 0, 0, 0x1C, .. "ftypavif"u8, 0, 0, 0, 0] },
        { "TIFF", [(byte)'I', (byte)'I', 0x2A, 0x00, 8, 0, 0, 0] },
        { "BMP", [.. "BM"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    };

    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "text", "Hello"u8.ToArray() },
        { "PDF", "%PDF-1.7\n"u8.ToArray() },
        { "MP4 video", [0, 0, 0, 0x18, .. "ftypmp42"u8, 0, 0, 0, 0] },
        { "ZIP", [0x50, 0x4B, 0x03, 0x04] },
        { "nothing", [] },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void IsImage_PhotoFormats_AreRecognised(string format, byte[] content)
    {
        PhotoFormats.IsImage(content).ShouldBeTrue(format);
    }

    [Theory]
    [MemberData(nameof(NotImages))]
    public void IsImage_OtherFiles_AreNot(string format, byte[] content)
    {
        PhotoFormats.IsImage(content).ShouldBeFalse(format);
    }

    [Fact]
    public void IsImage_TheCoresRealPhotoFixtures_AreRecognised()
    {
        PhotoFormats.IsImage(PhotoFixtures.Read("gps.jpg")).ShouldBeTrue();
        PhotoFormats.IsImage(PhotoFixtures.Read("plain.png")).ShouldBeTrue();
        PhotoFormats.IsImage(PhotoFixtures.Read("notes.txt")).ShouldBeFalse();
    }
}
