namespace Lanyard.Core.Checking.Pupils;

/// <summary>Maps header names (with aliases) to column positions and reads cells with positioned errors.</summary>
internal static class CsvHeader
{
    public static Dictionary<string, int> Map(List<List<CsvRecords.Field>> records, Dictionary<string, string[]> columns, string[] required)
    {
        if (records.Count == 0)
        {
            throw new CsvFormatException(1, 1, $"the file is empty; expected a header row with {string.Join(", ", required)}");
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = records[0];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Value.Trim().ToLowerInvariant();
            var column = columns.FirstOrDefault(c => c.Value.Contains(name)).Key;
            if (column is not null && !map.ContainsKey(column))
            {
                map[column] = i;
            }
        }

        var missing = required.Where(r => !map.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new CsvFormatException(1, 1, $"the header has no {string.Join(", ", missing)} column; accepted names: {string.Join("; ", missing.Select(m => string.Join(", ", columns[m])))}");
        }

        return map;
    }

    public static CsvRecords.Field Required(List<CsvRecords.Field> record, Dictionary<string, int> map, string column)
    {
        var index = map[column];
        if (index >= record.Count)
        {
            var last = record[^1];
            throw new CsvFormatException(last.Line, last.Column, $"the row has {record.Count} values; {column} (column {index + 1}) is missing");
        }

        var field = record[index];
        return field.Value.Length == 0 ? throw new CsvFormatException(field.Line, field.Column, $"{column} is empty") : field;
    }

    public static string? Optional(List<CsvRecords.Field> record, Dictionary<string, int> map, string column) =>
        map.TryGetValue(column, out var index) && index < record.Count && record[index].Value.Length > 0 ? record[index].Value : null;

    public static CsvRecords.Field? OptionalField(List<CsvRecords.Field> record, Dictionary<string, int> map, string column) =>
        map.TryGetValue(column, out var index) && index < record.Count && record[index].Value.Length > 0 ? record[index] : null;
}
