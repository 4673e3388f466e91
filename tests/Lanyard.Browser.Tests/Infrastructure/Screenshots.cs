namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// Where screenshots go: <c>TestResults/screenshots</c> at the repository root, beside the test
/// results <c>./test.sh</c> gathers (and clears at the start of each run).
/// </summary>
public static class Screenshots
{
    private static readonly Lazy<string> LazyFolder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lanyard.slnx")))
        {
            directory = directory.Parent;
        }

        // Outside a checkout (a copied test folder), beside the test assembly instead.
        var root = directory?.FullName ?? AppContext.BaseDirectory;
        return Directory.CreateDirectory(Path.Combine(root, "TestResults", "screenshots")).FullName;
    });

    /// <summary>The folder, created on first use.</summary>
    public static string Folder => LazyFolder.Value;
}
