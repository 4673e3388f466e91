using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Checking;

/// <summary>Labelled examples for evaluation: columns <c>text</c>, <c>categories</c> (<c>;</c>-separated), optional <c>channel</c>.</summary>
public static class LabelledCsv
{
    /// <summary>Reads the examples, all or nothing; an unknown category names its line and column.</summary>
    public static IReadOnlyList<(string Text, HashSet<string> Expected, PostChannel Channel)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = CsvRecords.Read(reader);
        var map = CsvHeader.Map(records, new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["text"] = ["text", "post", "draft"],
            ["categories"] = ["categories", "category", "labels", "label"],
            ["channel"] = ["channel"],
        }, required: ["text", "categories"]);
        var rows = new List<(string, HashSet<string>, PostChannel)>();
        foreach (var record in records.Skip(1))
        {
            var text = CsvHeader.Required(record, map, "text");
            var expected = new HashSet<string>(StringComparer.Ordinal);
            if (CsvHeader.OptionalField(record, map, "categories") is { } field)
            {
                foreach (var category in field.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    expected.Add(FindingCategory.All.Contains(category, StringComparer.Ordinal)
                        ? category
                        : throw new CsvFormatException(field.Line, field.Column, $"unknown category '{category}'; known: {string.Join(", ", FindingCategory.All)}"));
                }
            }

            var channel = CsvHeader.OptionalField(record, map, "channel") switch
            {
                null => PostChannel.SchoolAccount,
                { Value: "school" } => PostChannel.SchoolAccount,
                { Value: "personal" } => PostChannel.PersonalAccount,
                var bad => throw new CsvFormatException(bad.Line, bad.Column, $"channel '{bad.Value}' must be school or personal"),
            };
            rows.Add((text.Value, expected, channel));
        }

        return rows;
    }
}
