using System.Globalization;
using Lanyard.Core.Checking.Pupils;

namespace Lanyard.Core.People;

/// <summary>
/// Reads a pupil roster exported from a school MIS (SIMS, Arbor, Bromcom…), all or nothing: the first
/// problem stops the read with its line, column and what is wrong, and nothing is used.
/// <para>
/// Columns, by header name in any order, case-insensitive; the usual MIS export names are accepted:
/// <c>mis_id</c> (UPN, Adno, Admission Number, MIS ID, Pupil ID) — required;
/// <c>first_name</c> (Legal Forename, Forename) — required;
/// <c>last_name</c> (Legal Surname, Surname) — required;
/// <c>preferred_name</c> (Preferred Forename, Known As);
/// <c>date_of_birth</c> (DOB, Date of Birth);
/// <c>year_group</c> (Year, NC Year, Reg Group);
/// <c>start_date</c> (Date of Admission, Admission Date, Entry Date);
/// <c>leaving_date</c> (Date of Leaving, Leaving Date).
/// Dates are DD/MM/YYYY (as UK MIS exports write them) or YYYY-MM-DD. Other columns are ignored.
/// </para>
/// </summary>
public static class RosterFile
{
    private static readonly Dictionary<string, string[]> Columns = new(StringComparer.Ordinal)
    {
        ["mis_id"] = ["mis_id", "mis id", "upn", "adno", "admission number", "pupil id", "id"],
        ["first_name"] = ["first_name", "first name", "legal forename", "forename", "firstname"],
        ["preferred_name"] = ["preferred_name", "preferred name", "preferred forename", "known as"],
        ["last_name"] = ["last_name", "last name", "legal surname", "surname", "lastname"],
        ["date_of_birth"] = ["date_of_birth", "date of birth", "dob", "birth date"],
        ["year_group"] = ["year_group", "year group", "year", "nc year", "reg group"],
        ["start_date"] = ["start_date", "start date", "date of admission", "admission date", "entry date"],
        ["leaving_date"] = ["leaving_date", "leaving date", "date of leaving"],
    };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>The columns a file must have, by their own names.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["mis_id", "first_name", "last_name"];

    /// <summary>
    /// Every column read, in the order a person would list them, with each header accepted for it
    /// (compared ignoring case), so a page documenting the format says exactly what is read.
    /// </summary>
    public static IReadOnlyList<(string Column, IReadOnlyList<string> Headers)> AcceptedColumns { get; } =
        [.. Columns.Select(c => (c.Key, (IReadOnlyList<string>)c.Value))];

    /// <summary>One pupil as the file describes them, with the line it came from.</summary>
    /// <param name="Line">The line of the row in the file.</param>
    /// <param name="MisId">MIS id.</param>
    /// <param name="GivenName">Legal first name.</param>
    /// <param name="PreferredName">Preferred name, if any.</param>
    /// <param name="FamilyName">Surname.</param>
    /// <param name="DateOfBirth">Date of birth, if the file has it.</param>
    /// <param name="YearGroup">Year group, if the file has it.</param>
    /// <param name="StartDate">Admission date, if the file has it.</param>
    /// <param name="LeavingDate">Leaving date, if the file has it.</param>
    public sealed record Row(int Line, string MisId, string GivenName, string? PreferredName, string FamilyName, DateOnly? DateOfBirth, string? YearGroup, DateOnly? StartDate, DateOnly? LeavingDate);

    /// <summary>Reads every row, or throws <see cref="CsvFormatException"/> at the first problem.</summary>
    /// <param name="reader">The file.</param>
    /// <param name="today">Today, to refuse dates of birth in the future and implausible ages.</param>
    public static IReadOnlyList<Row> Read(TextReader reader, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = CsvRecords.Read(reader);
        var map = CsvHeader.Map(records, Columns, required: [.. RequiredColumns]);
        var rows = new List<Row>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            if (record.All(f => f.Value.Trim().Length == 0))
            {
                continue;
            }

            var id = CsvHeader.Required(record, map, "mis_id");
            var first = CsvHeader.Required(record, map, "first_name");
            var last = CsvHeader.Required(record, map, "last_name");
            if (seen.TryGetValue(id.Value.Trim(), out var earlier))
            {
                throw new CsvFormatException(id.Line, id.Column, $"MIS id '{id.Value.Trim()}' appears twice (first on line {earlier})");
            }

            seen[id.Value.Trim()] = id.Line;
            var born = Date(record, map, "date_of_birth");
            if (born is { } dob)
            {
                var field = CsvHeader.OptionalField(record, map, "date_of_birth")!;
                if (dob > today)
                {
                    throw new CsvFormatException(field.Line, field.Column, $"date of birth {field.Value} is in the future");
                }

                var age = Ages.InYears(dob, today);
                if (age is < 2 or > 25)
                {
                    throw new CsvFormatException(field.Line, field.Column, $"date of birth {field.Value} makes the pupil {age}; check the column holds dates of birth");
                }
            }

            var start = Date(record, map, "start_date");
            var leaving = Date(record, map, "leaving_date");
            if (start is { } s && leaving is { } l && l < s)
            {
                var field = CsvHeader.OptionalField(record, map, "leaving_date")!;
                throw new CsvFormatException(field.Line, field.Column, $"leaving date {field.Value} is before the admission date");
            }

            rows.Add(new Row(id.Line, id.Value.Trim(), first.Value.Trim(), Trimmed(CsvHeader.Optional(record, map, "preferred_name")), last.Value.Trim(),
                born, Trimmed(CsvHeader.Optional(record, map, "year_group")), start, leaving));
        }

        return rows;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(List<CsvRecords.Field> record, Dictionary<string, int> map, string column)
    {
        var field = CsvHeader.OptionalField(record, map, column);
        if (field is null || field.Value.Trim().Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(field.Value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CsvFormatException(field.Line, field.Column, $"{column} '{field.Value}' is not a date; write DD/MM/YYYY or YYYY-MM-DD");
    }
}
