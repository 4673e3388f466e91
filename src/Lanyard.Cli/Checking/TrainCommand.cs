using System.CommandLine;
using System.Globalization;
using System.Text;
using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Cli.Checking;

/// <summary>
/// <c>lanyard train</c>: fits the offensive-language classifier on the Davidson tweets shipped in
/// <c>data/</c> and writes the model file the core embeds. Same data and seed, same bytes.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data")
        {
            Description = "The labelled CSV (Davidson format: class 0 hate, 1 offensive, 2 neither; tweet column).",
            DefaultValueFactory = _ => "data/davidson-hate-offensive-tweets/labeled_data.csv",
        };
        var outPath = new Option<string>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => "src/Lanyard.Core/Checking/Language/Classifier/model.bin",
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seeds the split and the training order.",
            DefaultValueFactory = _ => 20261121,
        };
        var testFraction = new Option<double>("--test-fraction")
        {
            Description = "Share held out for evaluation, never trained on.",
            DefaultValueFactory = _ => 0.2,
        };
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training data.",
            DefaultValueFactory = _ => new ClassifierTrainingOptions().Epochs,
        };
        var command = new Command("train", "Train the offensive-language classifier and report held-out precision, recall and F1.")
        {
            data, outPath, seed, testFraction, epochs,
        };
        command.SetAction(parse =>
        {
            var dataPath = parse.GetRequiredValue(data);
            List<LabelledText> examples;
            try
            {
                using var reader = new StreamReader(dataPath, Encoding.UTF8);
                examples = DavidsonCsv.Read(reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Cannot read {dataPath}: {e.Message}");
                return 1;
            }
            catch (FormatException e)
            {
                error.WriteLine($"{dataPath}: {e.Message}");
                return 1;
            }

            var fraction = parse.GetValue(testFraction);
            if (fraction is < 0 or >= 1 || parse.GetValue(epochs) < 1)
            {
                error.WriteLine("--test-fraction must be in [0, 1) and --epochs at least 1.");
                return 2;
            }

            var options = new ClassifierTrainingOptions { Seed = parse.GetValue(seed), TestFraction = fraction, Epochs = parse.GetValue(epochs) };
            TrainClassifier.Result result;
            try
            {
                result = TrainClassifier.Handle(examples, options);
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }

            var modelPath = parse.GetRequiredValue(outPath);
            try
            {
                using var file = File.Create(modelPath);
                result.Model.Write(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Cannot write {modelPath}: {e.Message}");
                return 1;
            }

            WriteReport(output, examples.Count, result, modelPath);
            return 0;
        });
        return command;
    }

    private static void WriteReport(TextWriter output, int total, TrainClassifier.Result result, string modelPath)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} examples: {result.FitCount} fitted, {result.ValidationCount} validation (threshold), {result.TestCount} held out."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Threshold {result.Model.Threshold:0.00} (validation macro-F1 {result.Validation.MacroF1:0.0000})."));
        output.WriteLine("Held-out evaluation:");
        output.WriteLine($"{"class",-18} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach (var metrics in new[] { result.Test.Offensive, result.Test.Neither })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{metrics.Name,-18} {metrics.Precision,9:0.0000} {metrics.Recall,9:0.0000} {metrics.F1,9:0.0000} {metrics.Support,8}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro-F1 {result.Test.MacroF1:0.0000}"));
        output.WriteLine($"Model written to {modelPath}.");
    }

    /// <summary>
    /// Reads the Davidson CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line
    /// breaks). Written here rather than taken from a package because it is thirty lines and must
    /// name the physical line of a bad row.
    /// </summary>
    internal static class DavidsonCsv
    {
        public static List<LabelledText> Read(TextReader reader)
        {
            var examples = new List<LabelledText>();
            var line = 1;
            var header = ReadRecord(reader, ref line, out _) ?? throw new FormatException("line 1: the file is empty.");
            var classColumn = header.IndexOf("class");
            var tweetColumn = header.IndexOf("tweet");
            if (classColumn < 0 || tweetColumn < 0)
            {
                throw new FormatException("line 1: the header must name a 'class' and a 'tweet' column.");
            }

            while (ReadRecord(reader, ref line, out var startLine) is { } record)
            {
                if (record.Count != header.Count)
                {
                    throw new FormatException($"line {startLine}: expected {header.Count} fields, found {record.Count}.");
                }

                examples.Add(record[classColumn] switch
                {
                    "0" or "1" => new LabelledText(record[tweetColumn], true),
                    "2" => new LabelledText(record[tweetColumn], false),
                    var other => throw new FormatException($"line {startLine}: class must be 0, 1 or 2, not '{other}'."),
                });
            }

            return examples;
        }

        /// <summary>One record, or null at the end; <paramref name="line"/> advances past every line break read.</summary>
        private static List<string>? ReadRecord(TextReader reader, ref int line, out int startLine)
        {
            startLine = line;
            if (reader.Peek() < 0)
            {
                return null;
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var fieldStarted = false;
            while (true)
            {
                var next = reader.Read();
                if (next < 0)
                {
                    if (quoted)
                    {
                        throw new FormatException($"line {startLine}: a quoted field is never closed.");
                    }

                    fields.Add(field.ToString());
                    return fields;
                }

                var c = (char)next;
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }
                }
                else if (c == '"' && !fieldStarted)
                {
                    quoted = true;
                    fieldStarted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                }
                else if (c is '\r' or '\n')
                {
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    line++;
                    fields.Add(field.ToString());
                    return fields;
                }
                else if (c == '"')
                {
                    throw new FormatException($"line {line}: a quote inside an unquoted field.");
                }
                else
                {
                    field.Append(c);
                    fieldStarted = true;
                }
            }
        }
    }
}
