using System.CommandLine;
using System.Text;
using Lanyard.Cli.Checking;
using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Cli.Tests.Checking;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lanyard-train-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static CliRun Train(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { TrainCommand.Create(output, error) };
        var code = root.Parse(["train", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static string RepositoryFile(string relative)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Lanyard.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        return Path.Combine(root, relative);
    }

    private string WriteCsv(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    /// <summary>The first rows of the shipped Davidson data, re-written as a small CSV.</summary>
    private string DavidsonSlice(int rows)
    {
        using var reader = new StreamReader(RepositoryFile("data/davidson-hate-offensive-tweets/labeled_data.csv"));
        var examples = TrainCommand.DavidsonCsv.Read(reader);
        var csv = new StringBuilder("class,tweet\n");
        foreach (var example in examples.Take(rows))
        {
            csv.Append(example.Offensive ? '1' : '2').Append(",\"").Append(example.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\n");
        }

        return WriteCsv("slice.csv", csv.ToString());
    }

    [Fact]
    public void DavidsonCsv_ShippedFile_ReadsEveryRowIncludingMultiLineTweets()
    {
        using var reader = new StreamReader(RepositoryFile("data/davidson-hate-offensive-tweets/labeled_data.csv"));

        var examples = TrainCommand.DavidsonCsv.Read(reader);

        examples.Count.ShouldBe(24_783);
        examples.Count(e => !e.Offensive).ShouldBe(4_163);
        examples.Count(e => e.Text.Contains('\n', StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Train_SliceTwiceWithTheSameSeed_WritesIdenticalModelsAndReportsBothClasses()
    {
        var data = DavidsonSlice(1_500);
        var first = Path.Combine(_directory, "first.bin");
        var second = Path.Combine(_directory, "second.bin");

        var run = Train("--data", data, "--out", first, "--seed", "42", "--epochs", "2");
        Train("--data", data, "--out", second, "--seed", "42", "--epochs", "2").ExitCode.ShouldBe(0);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("1500 examples: 1080 fitted, 120 validation (threshold), 300 held out.");
        run.Output.ShouldContain("offensive-or-hate");
        run.Output.ShouldContain("neither");
        run.Output.ShouldContain("macro-F1");
        File.ReadAllBytes(second).ShouldBe(File.ReadAllBytes(first));
        using var model = File.OpenRead(first);
        ClassifierModel.Read(model).Settings.ShouldBe(ClassifierFeatureSettings.Default);
    }

    [Fact]
    public void Train_ShippedDataWithDefaults_ReproducesTheCommittedModelByteForByte()
    {
        var model = Path.Combine(_directory, "model.bin");

        var run = Train("--data", RepositoryFile("data/davidson-hate-offensive-tweets/labeled_data.csv"), "--out", model);

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllBytes(model).ShouldBe(File.ReadAllBytes(RepositoryFile("src/Lanyard.Core/Checking/Language/Classifier/model.bin")));
    }

    [Fact]
    public void Train_QuotedFieldsWithCommasQuotesAndLineBreaks_AreOneRowEach()
    {
        var rows = new StringBuilder(",count,hate_speech,offensive_language,neither,class,tweet\r\n");
        for (var i = 0; i < 40; i++)
        {
            rows.Append(i).Append(",3,0,3,0,1,\"you \"\"total\"\" idiot,\nget lost ").Append(i).Append("\"\r\n");
            rows.Append(i).Append(",3,0,0,3,2,lovely concert tonight ").Append(i).Append("\r\n");
        }

        var run = Train("--data", WriteCsv("quoted.csv", rows.ToString()), "--out", Path.Combine(_directory, "m.bin"), "--epochs", "1");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("80 examples:");
    }

    [Theory]
    [InlineData("class,tweet\n1,fine\n2,\"never closed\n", "line 3: a quoted field is never closed.")]
    [InlineData("class,tweet\n1,fine\n2,\"two\nlines\"\n1,too,many\n", "line 5: expected 2 fields, found 3.")]
    [InlineData("class,tweet\n1,fine\n7,odd class\n", "line 3: class must be 0, 1 or 2, not '7'.")]
    [InlineData("class,tweet\n1,a \"quote\" inside\n", "line 2: a quote inside an unquoted field.")]
    [InlineData("label,text\n1,fine\n", "line 1: the header must name a 'class' and a 'tweet' column.")]
    [InlineData("", "line 1: the file is empty.")]
    public void Train_MalformedCsv_NamesTheLine(string content, string message)
    {
        var run = Train("--data", WriteCsv("bad.csv", content), "--out", Path.Combine(_directory, "m.bin"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(message);
        File.Exists(Path.Combine(_directory, "m.bin")).ShouldBeFalse();
    }

    [Fact]
    public void Train_MissingFile_SaysItCannotReadIt()
    {
        var run = Train("--data", Path.Combine(_directory, "absent.csv"), "--out", Path.Combine(_directory, "m.bin"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Cannot read");
    }

    [Fact]
    public void Train_OutputDirectoryMissing_SaysItCannotWriteTheModel()
    {
        var run = Train("--data", DavidsonSlice(300), "--out", Path.Combine(_directory, "no", "such", "m.bin"), "--epochs", "1");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Cannot write");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void Train_TestFractionOutOfRange_IsAUsageError(string fraction)
    {
        var run = Train("--data", DavidsonSlice(50), "--out", Path.Combine(_directory, "m.bin"), "--test-fraction", fraction);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--test-fraction");
    }
}
