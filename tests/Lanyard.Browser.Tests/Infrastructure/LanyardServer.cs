using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel, listening on a free port on the loopback interface, so a real browser
/// can reach it. It runs as Production (as <c>./lanyard.sh serve</c> does) on its own SQLite file
/// in a temporary folder, migrated and seeded with the demo data; the folder is deleted afterwards.
/// </summary>
public sealed class LanyardServer : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-browser-");
    private int _deleted;

    /// <summary>Configures Kestrel on 127.0.0.1 with a port the operating system picks.</summary>
    public LanyardServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the app and returns the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        BaseAddress = new Uri(addresses.Single().TrimEnd('/') + "/");
        return BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
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
