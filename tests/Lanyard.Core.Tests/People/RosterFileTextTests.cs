using System.Text;
using Lanyard.Core.People;

namespace Lanyard.Core.Tests.People;

public class RosterFileTextTests
{
    private const string Csv = "UPN,Forename,Surname\nA1,Zoë,Ní Bhriain\n";

    [Fact]
    public void Decode_Utf8WithByteOrderMark_DropsTheMark()
    {
        var decoded = RosterFileText.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)]);

        decoded.Text.ShouldBe(Csv);
        decoded.Encoding.ShouldBe("UTF-8 (with byte order mark)");
    }

    [Fact]
    public void Decode_Utf8WithoutAMark_IsUtf8()
    {
        var decoded = RosterFileText.Decode(Encoding.UTF8.GetBytes(Csv));

        decoded.Text.ShouldBe(Csv);
        decoded.Encoding.ShouldBe("UTF-8");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_Utf16WithAMark_IsUtf16(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;

        var decoded = RosterFileText.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Csv)]);

        decoded.Text.ShouldBe(Csv);
        decoded.Encoding.ShouldBe("UTF-16");
    }

    [Fact]
    public void Decode_BytesThatAreNotUtf8_AreReadAsWindows1252()
    {
        // "Zoë" and "Ní" as Excel saves them in Windows-1252, with a curly apostrophe (0x92) and a euro sign (0x80).
        byte[] bytes = [.. "A1,Zo"u8, 0xEB, .. ",N"u8, 0xED, .. " O"u8, 0x92, .. "Neill "u8, 0x80, 0x0A];

        var decoded = RosterFileText.Decode(bytes);

        decoded.Text.ShouldBe("A1,Zoë,Ní O’Neill €\n");
        decoded.Encoding.ShouldBe("Windows-1252");
    }

    [Fact]
    public void Decode_Empty_IsEmptyUtf8()
    {
        RosterFileText.Decode([]).ShouldBe(new RosterFileText.Decoded("", "UTF-8"));
    }

    [Fact]
    public void Decode_ThenRead_FindsTheFirstHeaderDespiteTheMark()
    {
        var decoded = RosterFileText.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)]);

        var rows = RosterFile.Read(new StringReader(decoded.Text), new DateOnly(2026, 11, 21));

        rows.Single().MisId.ShouldBe("A1");
    }
}
