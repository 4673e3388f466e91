using System.Globalization;

namespace Lanyard.Core.Checking.Photos;

/// <summary>
/// Parses an XMP GPS coordinate ("DDD,MM.mmk" or "DDD,MM,SSk", with k one of N, S, E, W; XMP
/// specification part 2, GPSCoordinate), which MetadataExtractor leaves as text.
/// </summary>
internal static class XmpCoordinate
{
    public static bool TryParse(string text, out double degrees)
    {
        degrees = 0;
        var value = text.Trim();
        if (value.Length < 2)
        {
            return false;
        }

        var sign = char.ToUpperInvariant(value[^1]) switch
        {
            'N' or 'E' => 1,
            'S' or 'W' => -1,
            _ => 0,
        };
        if (sign != 0)
        {
            value = value[..^1];
        }
        else
        {
            sign = 1;
        }

        var parts = value.Split(',');
        double total = 0;
        double scale = 1;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            total += number / scale;
            scale *= 60;
        }

        degrees = sign * total;
        return parts.Length is >= 1 and <= 3 && double.IsFinite(degrees);
    }
}
