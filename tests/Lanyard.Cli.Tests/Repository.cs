namespace Lanyard.Cli.Tests;

/// <summary>Paths inside the repository the tests run from (found by walking up to Lanyard.slnx).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lanyard.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lanyard.slnx not found above the test output folder.");
    }
}
