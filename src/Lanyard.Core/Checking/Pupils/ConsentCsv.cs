namespace Lanyard.Core.Checking.Pupils;

/// <summary>
/// Reads consent records from CSV, all or nothing. Columns: <c>mis_id</c>, <c>school_year</c>
/// (2025/26, 2025-26 or 2025), <c>photo</c> and <c>name</c> (given/yes/y or refused/no/n/objected;
/// blank = not recorded), <c>never_publish</c> (yes/no; optional).
/// </summary>
public static class ConsentCsv
{
    private static readonly Dictionary<string, string[]> Columns = new(StringComparer.Ordinal)
    {
        ["mis_id"] = ["mis_id", "mis id", "upn", "adno", "pupil id", "id"],
        ["school_year"] = ["school_year", "school year", "year", "academic year"],
        ["photo"] = ["photo", "photo consent", "photos"],
        ["name"] = ["name", "name consent"],
        ["never_publish"] = ["never_publish", "never publish", "do not publish"],
    };

    /// <summary>Reads the records. Throws <see cref="CsvFormatException"/> naming the line and column of the first problem.</summary>
    public static IReadOnlyList<ConsentRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = CsvRecords.Read(reader);
        var map = CsvHeader.Map(records, Columns, required: ["mis_id", "school_year"]);
        var result = new List<ConsentRecord>();
        foreach (var record in records.Skip(1))
        {
            var id = CsvHeader.Required(record, map, "mis_id");
            var yearField = CsvHeader.Required(record, map, "school_year");
            if (!SchoolYear.TryParse(yearField.Value, out var year))
            {
                throw new CsvFormatException(yearField.Line, yearField.Column, $"school_year '{yearField.Value}' is not a school year; write 2025/26, 2025-26 or 2025");
            }

            result.Add(new ConsentRecord(
                id.Value,
                year,
                Choice(CsvHeader.OptionalField(record, map, "photo"), "photo"),
                Choice(CsvHeader.OptionalField(record, map, "name"), "name"),
                Flag(CsvHeader.OptionalField(record, map, "never_publish"))));
        }

        return result;
    }

    private static ConsentChoice? Choice(CsvRecords.Field? field, string column) => field?.Value.ToLowerInvariant() switch
    {
        null => null,
        "given" or "yes" or "y" or "consent" or "true" => ConsentChoice.Given,
        "refused" or "no" or "n" or "objected" or "objection" or "false" => ConsentChoice.Refused,
        _ => throw new CsvFormatException(field.Line, field.Column, $"{column} '{field.Value}' is not a consent answer; write given or refused (or leave it blank when not recorded)"),
    };

    private static bool Flag(CsvRecords.Field? field) => field?.Value.ToLowerInvariant() switch
    {
        null or "no" or "n" or "false" => false,
        "yes" or "y" or "true" => true,
        _ => throw new CsvFormatException(field.Line, field.Column, $"never_publish '{field.Value}' must be yes or no"),
    };
}
