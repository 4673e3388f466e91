using System.Globalization;

namespace Lanyard.Web.Pages.People;

/// <summary>
/// Reads a date typed into a form. Browsers send a date field as 2014-03-14; where the field falls back
/// to plain text people type 14/03/2014, so both are read. Anything else is an error for the field,
/// rather than a silent blank.
/// </summary>
internal static class FormDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>True with the date (null for an empty field) when the text is empty or a date; false when it is not a date.</summary>
    public static bool TryRead(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
