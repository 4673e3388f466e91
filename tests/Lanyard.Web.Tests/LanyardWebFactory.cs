using System.Net;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lanyard.Web.Tests;

/// <summary>
/// Hosts the real app on its own SQLite file in a temporary folder, migrated and seeded with demo
/// data exactly as <c>./lanyard.sh serve</c> does; the folder is deleted afterwards. The app's clock
/// is <see cref="Clock"/>, which tests move by hand, and its log lines are kept in <see cref="Logs"/>.
/// </summary>
public sealed class LanyardWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The password of every sign-in a test makes with <see cref="AddStaffAsync"/>.</summary>
    public const string StaffPassword = "correct horse battery";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-web-");
    private int _deleted;

    /// <summary>The app's clock.</summary>
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Every log line the app wrote.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>
    /// A client signed in through the real sign-in form: it reads the page's anti-forgery token and
    /// posts the email and password, as a browser would. The client keeps the cookies.
    /// </summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string email, string password = DemoUsers.Password, bool allowAutoRedirect = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = allowAutoRedirect });
        using var response = await PostSignInAsync(client, email, password);
        var landedOnSignIn = allowAutoRedirect
            ? response.RequestMessage?.RequestUri?.AbsolutePath == "/account/sign-in"
            : response.StatusCode != HttpStatusCode.Redirect;
        if (landedOnSignIn)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {email} failed: {response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Gets the sign-in form and posts it with the token it carries.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Email"] = email, ["Password"] = password });
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
    }

    /// <summary>
    /// A new member of staff at the first registered organisation with the given roles and a sign-in
    /// (password <see cref="StaffPassword"/>), so a test can change or lock it without touching
    /// anyone else's. Returns the login email and the account id.
    /// </summary>
    public async Task<(string Email, long UserId, long PersonId)> AddStaffAsync(params StaffRole[] roles)
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await using var work = new UnitOfWork(Services.GetRequiredService<IDatabase>());
        var organisation = (await new OrganisationStore(work).ListAsync(CancellationToken.None))[0];
        var personId = await new PeopleStore(work).AddAsync(
            new Person { OrganisationId = organisation.Id, Kind = PersonKind.Staff, GivenName = "Test", FamilyName = "Staff", Email = email, Roles = roles },
            CancellationToken.None);
        var result = await CreateUserAccount.HandleAsync(
            new CreateUserAccount.Request(personId, email, StaffPassword), new UserStore(work), Services.GetRequiredService<IPasswordHasher>(), Clock, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return (email, result.Account!.Id, personId);
    }

    /// <summary>Runs SQL against the app's database, committed.</summary>
    public async Task ExecuteAsync(string sql, object? parameters)
    {
        await using var work = new UnitOfWork(Services.GetRequiredService<IDatabase>());
        await work.ExecuteAsync(sql, parameters, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    /// <summary>Reads one value from the app's database.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, object? parameters)
    {
        await using var work = new UnitOfWork(Services.GetRequiredService<IDatabase>());
        return await work.ExecuteScalarAsync<T>(sql, parameters, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:SqlitePath", Path.Combine(_folder.FullName, "lanyard.db"));
        builder.UseSetting("Lanyard:SeedDemoData", "true");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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
