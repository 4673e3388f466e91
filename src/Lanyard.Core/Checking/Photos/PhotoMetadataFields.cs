using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Exif.Makernotes;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;

namespace Lanyard.Core.Checking.Photos;

/// <summary>
/// The named-place and owner fields a photo can carry, in the three places cameras and editors
/// write them (EXIF and maker notes, IPTC, XMP), as "field value" strings for a detection message.
/// </summary>
internal static class PhotoMetadataFields
{
    private static readonly (int Tag, string Label)[] IptcPlaces =
    [
        (IptcDirectory.TagSubLocation, "Sub-location"),
        (IptcDirectory.TagCity, "City"),
        (IptcDirectory.TagProvinceOrState, "Province-State"),
        (IptcDirectory.TagCountryOrPrimaryLocationName, "Country"),
    ];

    // XMP property paths end in one of these; structured Iptc4xmpExt:LocationShown/LocationCreated
    // entries end the same way ("Iptc4xmpExt:LocationShown[1]/Iptc4xmpExt:City").
    private static readonly (string Suffix, string Label)[] XmpPlaces =
    [
        ("Iptc4xmpCore:Location", "Sub-location"),
        ("Iptc4xmpExt:Sublocation", "Sub-location"),
        ("photoshop:City", "City"),
        ("Iptc4xmpExt:City", "City"),
        ("photoshop:State", "Province-State"),
        ("Iptc4xmpExt:ProvinceState", "Province-State"),
        ("photoshop:Country", "Country"),
        ("Iptc4xmpExt:CountryName", "Country"),
    ];

    private static readonly (int Tag, string Label)[] ExifOwner =
    [
        (ExifDirectoryBase.TagCameraOwnerName, "Camera owner name"),
        (ExifDirectoryBase.TagBodySerialNumber, "Body serial number"),
        (ExifDirectoryBase.TagLensSerialNumber, "Lens serial number"),
    ];

    private static readonly (string Suffix, string Label)[] XmpOwner =
    [
        ("exifEX:CameraOwnerName", "Camera owner name"),
        ("aux:OwnerName", "Camera owner name"),
        ("exifEX:BodySerialNumber", "Body serial number"),
        ("aux:SerialNumber", "Body serial number"),
        ("exifEX:LensSerialNumber", "Lens serial number"),
        ("aux:LensSerialNumber", "Lens serial number"),
    ];

    public static List<string> PlaceNames(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var found = new List<string>();
        foreach (var iptc in directories.OfType<IptcDirectory>())
        {
            AddTags(iptc, IptcPlaces, found);
        }

        foreach (var xmp in directories.OfType<XmpDirectory>())
        {
            AddXmp(xmp, XmpPlaces, found);
        }

        return found;
    }

    public static List<string> OwnerFields(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var found = new List<string>();
        foreach (var directory in directories)
        {
            switch (directory)
            {
                case ExifSubIfdDirectory or ExifIfd0Directory:
                    AddTags(directory, ExifOwner, found);
                    break;
                case CanonMakernoteDirectory:
                    AddTags(directory, [(CanonMakernoteDirectory.TagCanonOwnerName, "Canon owner name"), (CanonMakernoteDirectory.TagCanonSerialNumber, "Canon serial number")], found);
                    break;
                case NikonType2MakernoteDirectory:
                    AddTags(directory, [(NikonType2MakernoteDirectory.TagCameraSerialNumber, "Nikon serial number"), (NikonType2MakernoteDirectory.TagCameraSerialNumber2, "Nikon serial number")], found);
                    break;
                case XmpDirectory xmp:
                    AddXmp(xmp, XmpOwner, found);
                    break;
                default:
                    break;
            }
        }

        return found;
    }

    private static void AddTags(MetadataExtractor.Directory directory, (int Tag, string Label)[] tags, List<string> found)
    {
        foreach (var (tag, label) in tags)
        {
            var value = directory.GetString(tag)?.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                AddOnce(found, $"{label} \"{value}\"");
            }
        }
    }

    private static void AddXmp(XmpDirectory xmp, (string Suffix, string Label)[] fields, List<string> found)
    {
        foreach (var (path, raw) in xmp.GetXmpProperties())
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            foreach (var (suffix, label) in fields)
            {
                if (path.EndsWith(suffix, StringComparison.Ordinal))
                {
                    AddOnce(found, $"{label} \"{value}\"");
                    break;
                }
            }
        }
    }

    // The same field is often written twice (IPTC and XMP); the message names it once.
    private static void AddOnce(List<string> found, string item)
    {
        if (!found.Contains(item, StringComparer.Ordinal))
        {
            found.Add(item);
        }
    }
}
