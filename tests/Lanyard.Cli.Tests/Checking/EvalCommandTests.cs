namespace Lanyard.Cli.Tests.Checking;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lanyard-eval-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Eval_ReportsPrecisionRecallAndF1PerCategory()
    {
        File.WriteAllText(_path, "text,categories\n\"Vote Labour on Thursday\",political\nLovely sports day,\n\"Use code SCHOOL10 for 10% off\",commercial\n\"Polling station, school closed Thursday\",\n");

        var run = CliRun.Of("eval", "--pack", "testbourne", "--data", _path);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("4 examples under testbourne");
        run.Output.ShouldContain("political                            1     0     0      1.000    1.000  1.000");
        run.Output.ShouldContain("commercial                           1     0     0      1.000    1.000  1.000");
    }

    [Fact]
    public void Eval_UnknownCategory_NamesLineAndColumn()
    {
        File.WriteAllText(_path, "text,categories\nhello,rudeness\n");

        var run = CliRun.Of("eval", "--pack", "testbourne", "--data", _path);

        run.ExitCode.ShouldBe(65);
        run.Error.ShouldContain("line 2, column 7: unknown category 'rudeness'");
    }
}
