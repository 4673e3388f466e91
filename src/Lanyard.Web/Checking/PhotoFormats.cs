namespace Lanyard.Web.Checking;

/// <summary>
/// Recognises the image formats a phone or camera produces by their first bytes, so a post check
/// takes photos only. The file's name and the browser's content type are the sender's say-so; the
/// bytes are not.
/// </summary>
internal static class PhotoFormats
{
    /// <summary>The formats, for messages.</summary>
    public const string Names = "JPEG, PNG, GIF, WebP, HEIC, AVIF, TIFF or BMP";

    // The brands of an ISO media file that hold a still image (HEIF, HEIC, AVIF).
    private static readonly byte[][] ImageBrands =
        [.. new[] { "heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "avif", "avis" }.Select(System.Text.Encoding.ASCII.GetBytes)];

    /// <summary>True when the content starts like one of <see cref="Names"/>.</summary>
    public static bool IsImage(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || content.StartsWith("GIF87a"u8)
        || content.StartsWith("GIF89a"u8)
        || (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        || (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && IsImageBrand(content[8..12]))
        || content.StartsWith((ReadOnlySpan<byte>)[(byte)'I', (byte)'I', 0x2A, 0x00])
        || content.StartsWith((ReadOnlySpan<byte>)[(byte)'M', (byte)'M', 0x00, 0x2A])
        || (content.Length >= 14 && content.StartsWith("BM"u8));

    private static bool IsImageBrand(ReadOnlySpan<byte> brand)
    {
        foreach (var candidate in ImageBrands)
        {
            if (brand.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
