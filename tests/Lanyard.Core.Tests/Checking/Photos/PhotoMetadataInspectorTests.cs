using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Photos;

namespace Lanyard.Core.Tests.Checking.Photos;

/// <summary>
/// Real files: tiny JPEGs and PNGs made with ImageMagick and tagged with ExifTool (see Fixtures/README.md).
/// </summary>
public class PhotoMetadataInspectorTests
{
    private static byte[] Fixture(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lanyard.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Lanyard.slnx not found above the test output folder.");
        return File.ReadAllBytes(Path.Combine(root, "tests", "Lanyard.Core.Tests", "Checking", "Photos", "Fixtures", name));
    }

    [Fact]
    public void Inspect_GpsInExif_ReportsLocationWithRoundedCoordinates()
    {
        var detection = PhotoMetadataInspector.Inspect("sports-day.jpg", Fixture("gps.jpg")).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoLocation);
        detection.Message.ShouldBe("GPS location in the photo: 51.501, -0.142");
        detection.Suggestion.ShouldBe("Remove the location data before posting (strip EXIF/XMP)");
        detection.Subject.ShouldBe("sports-day.jpg");
        detection.Start.ShouldBe(0);
        detection.Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("xmp-gps.jpg")]
    [InlineData("xmp-gps.png")]
    public void Inspect_GpsInXmp_ReportsLocation(string fixture)
    {
        var detection = PhotoMetadataInspector.Inspect(fixture, Fixture(fixture)).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoLocation);
        detection.Message.ShouldBe("GPS location in the photo: 51.234, -2.500");
    }

    [Fact]
    public void Inspect_IptcPlaceNames_ReportsLocationNamingThem()
    {
        var detection = PhotoMetadataInspector.Inspect("trip.jpg", Fixture("iptc-location.jpg")).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoLocation);
        detection.Message.ShouldContain("City \"Tiverton\"");
        detection.Message.ShouldContain("Sub-location \"Heathcoat Primary School\"");
        detection.Message.ShouldContain("Province-State \"Devon\"");
        detection.Message.ShouldContain("Country \"United Kingdom\"");
        detection.Suggestion.ShouldBe(PhotoMetadataInspector.RemoveLocationSuggestion);
    }

    [Fact]
    public void Inspect_XmpPlaceNames_ReportsLocationNamingThem()
    {
        var detection = PhotoMetadataInspector.Inspect("field.jpg", Fixture("xmp-location.jpg")).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoLocation);
        detection.Message.ShouldContain("City \"Westbury\"");
        detection.Message.ShouldContain("Sub-location \"Chapmanslade School field\"");
        detection.Message.ShouldContain("Province-State \"Wiltshire\"");
        detection.Message.ShouldContain("Country \"England\"");
    }

    [Fact]
    public void Inspect_OwnerAndSerials_ReportsOwner()
    {
        var detection = PhotoMetadataInspector.Inspect("camera.jpg", Fixture("owner.jpg")).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoOwner);
        detection.Message.ShouldContain("Camera owner name \"Jane Teacher\"");
        detection.Message.ShouldContain("Body serial number \"123456789012\"");
        detection.Message.ShouldContain("Lens serial number \"0000c1234\"");
        detection.Subject.ShouldBe("camera.jpg");
    }

    [Theory]
    [InlineData("plain.jpg")]
    [InlineData("plain.png")]
    public void Inspect_ImageWithoutMetadata_ReportsNothing(string fixture)
    {
        PhotoMetadataInspector.Inspect(fixture, Fixture(fixture)).ShouldBeEmpty();
    }

    [Fact]
    public void Inspect_TextFile_ReportsUnreadable()
    {
        var detection = PhotoMetadataInspector.Inspect("notes.txt", Fixture("notes.txt")).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoUnreadable);
        detection.Message.ShouldBe("unreadable image");
        detection.Subject.ShouldBe("notes.txt");
    }

    public static TheoryData<byte[]> NotImages => new()
    {
        Array.Empty<byte>(),
        new byte[] { 0 },
        new byte[] { 0xFF, 0xD8 },
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' },
        RandomBytes(4096),
        "GIF89a"u8.ToArray(),
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Inspect_BytesThatAreNotAnImage_ReportUnreadable(byte[] content)
    {
        var detections = PhotoMetadataInspector.Inspect("upload.jpg", content);

        detections.ShouldHaveSingleItem().Category.ShouldBe(FindingCategory.PhotoUnreadable);
    }

    [Fact]
    public void Inspect_TruncatedJpeg_DoesNotThrow()
    {
        var detections = PhotoMetadataInspector.Inspect("cut.jpg", Fixture("truncated.jpg"));

        // The first 300 bytes still hold the whole EXIF segment, so the location is still there.
        detections.ShouldContain(d => d.Category == FindingCategory.PhotoLocation);
    }

    [Fact]
    public void Inspect_EveryPrefixOfATaggedJpeg_NeverThrows()
    {
        var whole = Fixture("gps.jpg");

        for (var length = 0; length <= whole.Length; length++)
        {
            var detections = PhotoMetadataInspector.Inspect("cut.jpg", whole.AsMemory(0, length));

            detections.ShouldAllBe(d => d.Subject == "cut.jpg");
        }
    }

    [Fact]
    public void Inspect_SliceOfALargerBuffer_ReadsOnlyTheSlice()
    {
        var photo = Fixture("gps.jpg");
        var buffer = new byte[photo.Length + 20];
        photo.CopyTo(buffer, 10);

        var detection = PhotoMetadataInspector.Inspect("slice.jpg", buffer.AsMemory(10, photo.Length)).ShouldHaveSingleItem();

        detection.Category.ShouldBe(FindingCategory.PhotoLocation);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
