using System.Diagnostics;
using System.Text.Json;
using Lanyard.Core.Checking;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Cli.Checking;

/// <summary>
/// <c>lanyard check --batch IN.jsonl --out OUT.jsonl</c>: one draft per line in, one result per
/// line out. A malformed line is reported on stderr by its number and skipped; the exit code is
/// then 65, so a skipped line is never silent.
/// </summary>
internal static class BatchCheck
{
    public static int Run(PostChecker checker, CheckContext context, string inPath, string outPath, PostChannel defaultChannel, Role author, TextWriter error)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(inPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{inPath}: cannot read the batch: {ex.Message}");
            return CheckCommand.CannotOpen;
        }

        using (reader)
        using (var writer = new StreamWriter(outPath))
        {
            var stopwatch = Stopwatch.StartNew();
            int lineNumber = 0, checkedCount = 0, skipped = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var (id, draft) = Parse(line, defaultChannel, author);
                    var result = checker.Check(draft, context);
                    writer.WriteLine(JsonSerializer.Serialize(new { id, verdict = result.Verdict, score = result.Score, findings = result.Findings }, Compact));
                    checkedCount++;
                }
                catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or CliInputException or InvalidOperationException)
                {
                    skipped++;
                    error.WriteLine($"{inPath}:{lineNumber}: skipped: {ex.Message}");
                }

                if (lineNumber % 10_000 == 0)
                {
                    error.WriteLine($"{lineNumber:N0} lines, {checkedCount:N0} checked, {skipped:N0} skipped, {stopwatch.Elapsed.TotalSeconds:0.0} s");
                }
            }

            error.WriteLine($"done: {checkedCount:N0} checked, {skipped:N0} skipped, in {stopwatch.Elapsed.TotalSeconds:0.0} s");
            return skipped > 0 ? CheckCommand.DataError : 0;
        }
    }

    private static readonly JsonSerializerOptions Compact = new(LanyardJson.Options) { WriteIndented = false };

    private static (string Id, Draft Draft) Parse(string line, PostChannel defaultChannel, Role author)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("each line must be a JSON object");
        }

        var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : throw new FormatException("missing \"id\"");
        var text = root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String
            ? textElement.GetString()!
            : throw new FormatException("missing \"text\" (a string)");
        var channel = defaultChannel;
        if (root.TryGetProperty("channel", out var channelElement))
        {
            channel = channelElement.GetString() switch
            {
                "school" => PostChannel.SchoolAccount,
                "personal" => PostChannel.PersonalAccount,
                var other => throw new FormatException($"\"channel\" must be school or personal, not '{other}'"),
            };
        }

        var photos = root.TryGetProperty("photos", out var photosElement)
            ? photosElement.EnumerateArray().Select(p => CheckCommand.ReadPhoto(p.GetString() ?? throw new FormatException("\"photos\" must be file paths"))).ToList()
            : [];
        var tags = root.TryGetProperty("tags", out var tagsElement)
            ? tagsElement.EnumerateArray().Select(t => t.GetString() ?? throw new FormatException("\"tags\" must be strings")).ToList()
            : [];
        return (id, new Draft { Text = text, Channel = channel, AuthorRole = author, Photos = photos, Tags = tags });
    }
}
