namespace Lanyard.Web.Tests;

/// <summary>
/// The core's tiny real photo files (tests/Lanyard.Core.Tests/Checking/Photos/Fixtures, with a README
/// saying how each was made), read from the repository so there is one copy of each.
/// </summary>
public static class PhotoFixtures
{
    /// <summary>The bytes of a fixture, e.g. <c>gps.jpg</c> (a JPEG with a GPS position in its EXIF).</summary>
    public static byte[] Read(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lanyard.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Lanyard.slnx not found above the test output folder.");
        return File.ReadAllBytes(Path.Combine(root, "tests", "Lanyard.Core.Tests", "Checking", "Photos", "Fixtures", name));
    }
}
