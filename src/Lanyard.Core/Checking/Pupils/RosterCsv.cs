namespace Lanyard.Core.Checking.Pupils;

/// <summary>
/// Reads a pupil roster from CSV, all or nothing. Columns (header names, any order, case-insensitive;
/// the usual MIS export names are accepted too): <c>mis_id</c> (or UPN, Adno, MIS ID), <c>first_name</c>
/// (Legal Forename, Forename), <c>preferred_name</c> (Preferred Forename; optional), <c>last_name</c>
/// (Legal Surname, Surname), <c>year_group</c> (Year, Reg Group; optional).
/// </summary>
public static class RosterCsv
{
    private static readonly Dictionary<string, string[]> Columns = new(StringComparer.Ordinal)
    {
        ["mis_id"] = ["mis_id", "mis id", "upn", "adno", "admission number", "pupil id", "id"],
        ["first_name"] = ["first_name", "first name", "legal forename", "forename", "firstname"],
        ["preferred_name"] = ["preferred_name", "preferred name", "preferred forename", "known as"],
        ["last_name"] = ["last_name", "last name", "legal surname", "surname", "lastname"],
        ["year_group"] = ["year_group", "year group", "year", "reg group", "nc year"],
    };

    /// <summary>Reads the roster. Throws <see cref="CsvFormatException"/> naming the line and column of the first problem.</summary>
    public static IReadOnlyList<Pupil> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = CsvRecords.Read(reader);
        var map = CsvHeader.Map(records, Columns, required: ["mis_id", "first_name", "last_name"]);
        var pupils = new List<Pupil>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            var id = CsvHeader.Required(record, map, "mis_id");
            var first = CsvHeader.Required(record, map, "first_name");
            var last = CsvHeader.Required(record, map, "last_name");
            if (seen.TryGetValue(id.Value, out var earlier))
            {
                throw new CsvFormatException(id.Line, id.Column, $"MIS id '{id.Value}' appears twice (first on line {earlier})");
            }

            seen[id.Value] = id.Line;
            pupils.Add(new Pupil(id.Value, first.Value, CsvHeader.Optional(record, map, "preferred_name"), last.Value, CsvHeader.Optional(record, map, "year_group")));
        }

        return pupils;
    }
}
