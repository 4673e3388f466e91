using System.Globalization;
using System.Runtime.InteropServices;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.FileType;
using MetadataExtractor.Formats.Xmp;

namespace Lanyard.Core.Checking.Photos;

/// <summary>
/// Reads a photo's metadata (EXIF, IPTC, XMP) before it is posted and reports what would give away
/// where it was taken (GPS coordinates, place names) or whose camera took it (owner name, serial
/// numbers). Bytes in, detections out: no file is read, and nothing it is given makes it throw.
/// </summary>
/// <remarks>
/// Each detection has the file name as <see cref="Detection.Subject"/> and Start and Length 0. At
/// most three are returned, in this order: GPS coordinates and named places (both
/// <see cref="FindingCategory.PhotoLocation"/>), then camera owner and serial numbers
/// (<see cref="FindingCategory.PhotoOwner"/>); or a single <see cref="FindingCategory.PhotoUnreadable"/>
/// when the bytes are not an image the reader recognises.
/// </remarks>
public static class PhotoMetadataInspector
{
    /// <summary>The suggestion on every location detection.</summary>
    public const string RemoveLocationSuggestion = "Remove the location data before posting (strip EXIF/XMP)";

    /// <summary>The suggestion on every owner detection.</summary>
    public const string RemoveOwnerSuggestion = "Remove the camera owner and serial numbers before posting (strip EXIF/XMP)";

    /// <summary>What <paramref name="content"/>, the bytes of the file <paramref name="fileName"/>, gives away.</summary>
    /// <param name="fileName">The file's name as the author gave it; used only as the detections' subject.</param>
    /// <param name="content">The whole file.</param>
    public static IReadOnlyList<Detection> Inspect(string fileName, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var directories = Read(content);
        if (directories is null)
        {
            return [new Detection(FindingCategory.PhotoUnreadable, 0, 0, "unreadable image", Subject: fileName)];
        }

        var detections = new List<Detection>();
        var gps = DescribeGps(directories);
        if (gps is not null)
        {
            detections.Add(new Detection(FindingCategory.PhotoLocation, 0, 0, gps, RemoveLocationSuggestion, Subject: fileName));
        }

        var places = PhotoMetadataFields.PlaceNames(directories);
        if (places.Count > 0)
        {
            detections.Add(new Detection(
                FindingCategory.PhotoLocation, 0, 0, "Place names in the photo's metadata: " + string.Join("; ", places), RemoveLocationSuggestion, Subject: fileName));
        }

        var owner = PhotoMetadataFields.OwnerFields(directories);
        if (owner.Count > 0)
        {
            detections.Add(new Detection(
                FindingCategory.PhotoOwner, 0, 0, "Camera owner or serial number in the photo's metadata: " + string.Join("; ", owner), RemoveOwnerSuggestion, Subject: fileName));
        }

        return detections;
    }

    private static IReadOnlyList<MetadataExtractor.Directory>? Read(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            return null;
        }

        var stream = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        try
        {
            using (stream)
            {
                var directories = ImageMetadataReader.ReadMetadata(stream);

                // A recognised signature followed by nothing readable ("GIF89a" and no more) comes
                // back as directories that each carry an error, rather than as an exception.
                var readable = directories.Any(d => d is not FileTypeDirectory && !d.HasError);
                return readable ? directories : null;
            }
        }
#pragma warning disable CA1031 // A hostile or broken upload must become a finding, whatever the reader throws on it.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string? DescribeGps(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        foreach (var gps in directories.OfType<GpsDirectory>())
        {
            var location = gps.GetGeoLocation();
            if (location is not null)
            {
                return "GPS location in the photo: " + Coordinates(location.Latitude, location.Longitude);
            }

            if (gps.ContainsTag(GpsDirectory.TagLatitude) || gps.ContainsTag(GpsDirectory.TagLongitude))
            {
                return "GPS position tags in the photo";
            }
        }

        foreach (var xmp in directories.OfType<XmpDirectory>())
        {
            var properties = xmp.GetXmpProperties();
            if (properties.TryGetValue("exif:GPSLatitude", out var latitude) && properties.TryGetValue("exif:GPSLongitude", out var longitude)
                && XmpCoordinate.TryParse(latitude, out var lat) && XmpCoordinate.TryParse(longitude, out var lon))
            {
                return "GPS location in the photo: " + Coordinates(lat, lon);
            }

            if (properties.ContainsKey("exif:GPSLatitude") || properties.ContainsKey("exif:GPSLongitude"))
            {
                return "GPS position tags in the photo";
            }
        }

        return null;
    }

    private static string Coordinates(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(latitude, 3):0.000}, {Math.Round(longitude, 3):0.000}");
}
