using System.Globalization;
using System.Text;

namespace Lanyard.Core.Governance;

/// <summary>
/// The signed and outstanding lists as CSV (RFC 4180: comma-separated, CRLF line ends, fields with
/// a comma, quote or line break quoted, quotes doubled). A cell that starts with = + - or @ is
/// prefixed with a single quote, so a spreadsheet shows a name like "=HYPERLINK(…)" as text
/// instead of running it.
/// </summary>
public static class DeclarationCsv
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Person id", "Name", "Department", "Status", "Version in force", "Last signed version", "Signed on", "Printed name", "Clauses to acknowledge"];

    /// <summary>The CSV text of a school's declaration status.</summary>
    public static string Write(DeclarationStatus.Result status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var entry in status.Entries)
        {
            Row(csv,
            [
                entry.Person.Id.ToString(CultureInfo.InvariantCulture),
                entry.Person.DisplayName,
                entry.Person.Department ?? string.Empty,
                entry.State switch
                {
                    DeclarationState.UpToDate => "signed",
                    DeclarationState.Reacknowledge => "re-acknowledge changes",
                    _ => "outstanding",
                },
                status.InForce?.VersionLabel ?? string.Empty,
                entry.LastSigned?.PackVersion ?? string.Empty,
                entry.LastSigned?.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                entry.LastSigned?.PrintedName ?? string.Empty,
                entry.State == DeclarationState.Reacknowledge ? string.Join(' ', entry.ClausesToAcknowledge) : entry.State == DeclarationState.Outstanding ? "whole policy" : string.Empty,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One cell, guarded and quoted as needed.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : guarded;
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.Append(string.Join(',', cells.Select(Cell)));
        csv.Append("\r\n");
    }
}
