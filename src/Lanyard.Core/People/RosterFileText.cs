using System.Text;

namespace Lanyard.Core.People;

/// <summary>
/// Turns an uploaded roster file's bytes into text. MIS exports arrive in a few encodings: SIMS and
/// Arbor write UTF-8 with a byte order mark, others UTF-8 without one, and a file opened and saved
/// again in Excel as "CSV" is often Windows-1252, where "Zoë" is one byte that is not valid UTF-8.
/// So: a byte order mark decides (UTF-8, UTF-16 little- or big-endian); otherwise the bytes are read
/// as UTF-8 if they are valid UTF-8, and as Windows-1252 if not. The mark is never part of the text,
/// so the first header is read as "UPN", not "\uFEFFUPN".
/// </summary>
public static class RosterFileText
{
    /// <summary>The text and the encoding it was read in.</summary>
    /// <param name="Text">The file's text, without a byte order mark.</param>
    /// <param name="Encoding">What it was read as, for people: "UTF-8", "UTF-8 (with byte order mark)", "UTF-16", "Windows-1252".</param>
    public sealed record Decoded(string Text, string Encoding);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes as described on the class.</summary>
    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Decoded(Encoding.UTF8.GetString(bytes[3..]), "UTF-8 (with byte order mark)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Decoded(Encoding.Unicode.GetString(bytes[2..]), "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Decoded(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16");
        }

        try
        {
            return new Decoded(StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return new Decoded(Windows1252(bytes), "Windows-1252");
        }
    }

    // Windows-1252 is Latin-1 except for 0x80–0x9F, which hold the curly quotes, dashes, € and a few
    // letters (Š, Ž, Ÿ…). Mapped here rather than through a code-page provider, which would have to be
    // registered process-wide; the five unassigned bytes become U+FFFD.
    private static readonly char[] High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    private static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
