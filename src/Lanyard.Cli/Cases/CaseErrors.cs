namespace Lanyard.Cli.Cases;

/// <summary>A use case's field errors, written with the option each field comes from, so a script's author knows what to change.</summary>
internal static class CaseErrors
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["Reporter"] = "--as",
        ["Actor"] = "--as",
        ["OrganisationId"] = "--school",
        ["Type"] = "--type",
        ["Summary"] = "--summary",
        ["Location"] = "--where",
        ["HappenedAt"] = "--when",
        ["Flags"] = "--flag",
        ["CaseId"] = "id",
        ["Step"] = "step",
        ["Details"] = "--detail",
        ["Note"] = "--note",
        ["Corrects"] = "--corrects",
        ["Kind"] = "--kind",
        ["Fields"] = "--field",
        ["Url"] = "--url",
        ["CapturedAt"] = "--captured-at",
        ["CapturedBy"] = "--captured-by",
        ["HowCaptured"] = "--how",
        ["Description"] = "--description",
        ["StorageLocation"] = "--location",
        ["KeyHolder"] = "--key-holder",
        ["File"] = "--file",
        ["Recipient"] = "--for",
    };

    /// <summary>Writes "<paramref name="heading"/>:" and one line per error, e.g. <c>  --summary: Say what happened.</c>; parties by position (<c>--party #2</c>).</summary>
    public static void Write(TextWriter error, string heading, IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string>? options = null)
    {
        error.WriteLine($"{heading}:");
        foreach (var (field, message) in errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            error.WriteLine($"  {options?.GetValueOrDefault(field) ?? Option(field)}: {message}");
        }
    }

    private static string Option(string field)
    {
        if (field.StartsWith("Parties[", StringComparison.Ordinal) && int.TryParse(field["Parties[".Length..^1], System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return $"--party #{index + 1}";
        }

        return Options.GetValueOrDefault(field, field);
    }
}
