using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lanyard.Web.Tests;

/// <summary>
/// Hosts the real app on its own SQLite file in a temporary folder, migrated and seeded with demo
/// data exactly as <c>./lanyard.sh serve</c> does; the folder is deleted afterwards.
/// </summary>
public sealed class LanyardWebFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-web-");
    private int _deleted;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:SqlitePath", Path.Combine(_folder.FullName, "lanyard.db"));
        builder.UseSetting("Lanyard:SeedDemoData", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory reaches here from both Dispose and DisposeAsync.
        if (disposing && Interlocked.Exchange(ref _deleted, 1) == 0)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }
    }
}
