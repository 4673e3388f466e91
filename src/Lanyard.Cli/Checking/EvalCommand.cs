using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;

namespace Lanyard.Cli.Checking;

/// <summary>
/// <c>lanyard eval --pack ID --data LABELLED.csv</c>: precision, recall and F1 per finding
/// category. The CSV has columns <c>text</c>, <c>categories</c> (expected categories separated by
/// <c>;</c>, blank for none) and optionally <c>channel</c> (school or personal).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var pack = new Option<string>("--pack") { Description = "The pack whose rules map detections to findings.", Required = true };
        var data = new Option<string>("--data") { Description = "Labelled CSV: text, categories[, channel].", Required = true };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("eval", "Precision, recall and F1 per category on labelled examples.") { pack, data, json };
        command.SetAction(parse =>
        {
            var loaded = PackReference.Resolve(parse.GetRequiredValue(pack));
            if (!loaded.Succeeded)
            {
                error.WriteLine(string.Join(Environment.NewLine, loaded.Errors));
                return CheckCommand.UsageError;
            }

            IReadOnlyList<(string Text, HashSet<string> Expected, PostChannel Channel)> rows;
            var path = parse.GetRequiredValue(data);
            try
            {
                using var reader = new StreamReader(path);
                rows = LabelledCsv.Read(reader);
            }
            catch (CsvFormatException ex)
            {
                error.WriteLine($"{path}: {ex.Message}");
                return CheckCommand.DataError;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: cannot read the file: {ex.Message}");
                return CheckCommand.CannotOpen;
            }

            var checker = StandardPostChecker.For(loaded.Pack!);
            var context = new CheckContext { Pack = loaded.Pack!, Today = UkTime.Today(TimeProvider.System) };
            var examples = rows.Select(r => new CategoryEvaluation.Example(
                r.Expected,
                checker.Check(new Draft { Text = r.Text, Channel = r.Channel }, context).Findings.Select(f => f.Category).ToHashSet(StringComparer.Ordinal)));
            var scores = CategoryEvaluation.Handle(examples);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(scores.Select(s => new { s.Category, s.TruePositives, s.FalsePositives, s.FalseNegatives, s.Precision, s.Recall, s.F1 }), LanyardJson.Options));
                return 0;
            }

            output.WriteLine($"{rows.Count} examples under {loaded.Pack!.Id}");
            output.WriteLine($"{"CATEGORY",-32} {"TP",5} {"FP",5} {"FN",5} {"PRECISION",10} {"RECALL",8} {"F1",6}");
            foreach (var s in scores)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Category,-32} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5} {s.Precision,10:0.000} {s.Recall,8:0.000} {s.F1,6:0.000}"));
            }

            return 0;
        });
        return command;
    }
}
