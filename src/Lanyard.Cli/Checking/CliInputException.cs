namespace Lanyard.Cli.Checking;

/// <summary>Input the command cannot use, with the exit code that says why.</summary>
internal sealed class CliInputException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
