using System.CommandLine;
using Lanyard.Cli.Packs;

namespace Lanyard.Cli;

/// <summary>The <c>lanyard</c> command line: the same use cases as the web app, for scripts and schedulers.</summary>
internal static class CliApp
{
    /// <summary>Runs one command line and returns the process exit code (0 ok, 1 failed check, 2 usage error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Lanyard: a school's social media policy as working software.");
        root.Subcommands.Add(PacksCommand.Create(output, error));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'lanyard --help' to see the commands.");
            return 2;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
