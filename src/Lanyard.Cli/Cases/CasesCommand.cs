using System.CommandLine;
using Lanyard.Cli.Checking;
using Lanyard.Cli.Registers;

namespace Lanyard.Cli.Cases;

/// <summary>
/// <c>lanyard cases …</c>: casework for scripts, over the same use cases as the web app's case pages.
/// Every command acts as the account named by <c>--as EMAIL</c> (see <see cref="CaseSession"/>), so
/// the case access rules and the audit log apply exactly as they do on the web.
/// </summary>
internal static class CasesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var cases = new Command("cases", "Casework: report, read and work on cases, acting as a named Lanyard account (--as EMAIL).");
        cases.Subcommands.Add(CaseReadCommands.List(output, error));
        cases.Subcommands.Add(CaseReadCommands.Show(output, error));
        cases.Subcommands.Add(CaseWorkCommands.Report(output, error));
        cases.Subcommands.Add(CaseWorkCommands.Step(output, error));
        cases.Subcommands.Add(CaseEvidenceCommands.Evidence(output, error));
        cases.Subcommands.Add(CaseEvidenceCommands.EvidencePack(output, error));
        cases.Subcommands.Add(CaseWorkCommands.Letter(output, error));
        cases.Subcommands.Add(CaseReadCommands.Chronology(output, error));
        cases.Subcommands.Add(CaseReadCommands.GovernorsReport(output, error));
        return cases;
    }

    /// <summary>The options every cases command takes: <c>--as</c> and <c>--database</c>.</summary>
    internal static (Option<string> As, Option<string?> Database) Common(Command command)
    {
        var actAs = CaseSession.AsOption();
        var database = CliDatabase.Option();
        command.Options.Add(actAs);
        command.Options.Add(database);
        return (actAs, database);
    }

    /// <summary>Runs a command's work, turning an unreadable value into its message and the usage exit code.</summary>
    internal static int Run(TextWriter error, Func<Task<int>> work)
    {
        try
        {
            return work().GetAwaiter().GetResult();
        }
        catch (CliInputException ex)
        {
            error.WriteLine(ex.Message);
            return ex.ExitCode;
        }
    }
}
