using System.CommandLine;
using Lanyard.Cli.Audit;
using Lanyard.Cli.Cases;
using Lanyard.Cli.Checking;
using Lanyard.Cli.Governance;
using Lanyard.Cli.Packs;
using Lanyard.Cli.Registers;

namespace Lanyard.Cli;

/// <summary>The <c>lanyard</c> command line: the same use cases as the web app, for scripts and schedulers.</summary>
internal static class CliApp
{
    /// <summary>Runs one command line and returns the process exit code (0 ok, 1 failed check, 2 usage error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Console.In);

    /// <summary>Runs one command line with the given standard input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var root = new RootCommand("Lanyard: a school's social media policy as working software.");
        root.Subcommands.Add(PacksCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error, input));
        root.Subcommands.Add(EvalCommand.Create(output, error));
        root.Subcommands.Add(TrainCommand.Create(output, error));
        root.Subcommands.Add(RosterCommand.Create(output, error));
        root.Subcommands.Add(AuditCommand.Create(output, error));
        root.Subcommands.Add(GovernanceCommand.Create(output, error));
        root.Subcommands.Add(CasesCommand.Create(output, error));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'lanyard --help' to see the commands.");
            return parsed.CommandResult.Command.Name == "check" ? CheckCommand.UsageError : 2;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
