using Lanyard.Core.Accounts;
using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Consent;
using Lanyard.Core.Governance;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Lanyard.Core.Users;
using Lanyard.Data;
using Lanyard.Data.Migrations;
using Lanyard.Data.Users;
using Lanyard.Web;
using Lanyard.Web.Api;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

// Run from a build (./lanyard.sh serve) rather than a publish, the stylesheet's compressed variants
// live in the build's static web assets manifest, which ASP.NET Core loads only in Development;
// without it a browser asking for gzip gets an empty response. In published output this is a no-op.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSingleton(TimeProvider.System);
var database = builder.AddLanyardDatabase();
// Every page needs a signed-in member of staff; AuthorisationSetup lists the pages open to anyone
// and the policy each folder needs on top (roles per policy: Lanyard.Core.Users.AccessPolicies).
builder.AddLanyardSignIn();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(UnitOfWorkFilter)));
    options.Conventions.AddLanyardAuthorisation();
});
builder.Services.AddScoped<UnitOfWorkFilter>();
builder.AddLanyardApi();

var app = builder.Build();

// The schema is brought up to date before the first request; a failed script leaves the database
// as it was and stops start-up, naming the script and the database's message.
try
{
    var applied = await DatabaseMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None);
    StartupLog.MigrationsApplied(app.Logger, applied.Count, database.Description);
}
catch (MigrationFailedException ex)
{
    StartupLog.MigrationFailed(app.Logger, ex.Script, ex.DatabaseMessage);
    return 1;
}

if (app.Configuration.GetValue<bool>("Lanyard:SeedDemoData"))
{
    await using var scope = app.Services.CreateAsyncScope();
    var work = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
    var clock = app.Services.GetRequiredService<TimeProvider>();
    var organisations = scope.ServiceProvider.GetRequiredService<IOrganisationRegister>();
    var seeded = await DemoData.SeedAsync(organisations, CancellationToken.None);
    var now = clock.GetUtcNow();
    var pupils = await DemoRoster.SeedAsync(
        organisations,
        scope.ServiceProvider.GetRequiredService<IPeopleRegister>(),
        scope.ServiceProvider.GetRequiredService<IConsentRegister>(),
        UkTime.Today(clock),
        now,
        CancellationToken.None);
    var signIns = await DemoUsers.SeedAsync(
        organisations,
        scope.ServiceProvider.GetRequiredService<IPeopleRegister>(),
        scope.ServiceProvider.GetRequiredService<IUserStore>(),
        scope.ServiceProvider.GetRequiredService<IPasswordHasher>(),
        clock,
        CancellationToken.None);
    await DemoAccounts.SeedAsync(
        organisations,
        scope.ServiceProvider.GetRequiredService<IPeopleRegister>(),
        scope.ServiceProvider.GetRequiredService<IOfficialAccountRegister>(),
        scope.ServiceProvider.GetRequiredService<IReviewTaskRegister>(),
        clock,
        CancellationToken.None);
    // Demo cases are a separate switch: the test suites seed the demo registers and make their own cases.
    if (app.Configuration.GetValue<bool>("Lanyard:SeedDemoCases"))
    {
        await DemoCases.SeedAsync(
            organisations,
            scope.ServiceProvider.GetRequiredService<IPeopleRegister>(),
            scope.ServiceProvider.GetRequiredService<IUserStore>(),
            scope.ServiceProvider.GetRequiredService<ICaseStore>(),
            scope.ServiceProvider.GetRequiredService<INotificationOutbox>(),
            scope.ServiceProvider.GetRequiredService<IAuditLog>(),
            scope.ServiceProvider.GetRequiredService<EarlyReviewPorts>(),
            clock,
            CancellationToken.None);
    }

    await work.CommitAsync(CancellationToken.None);
    StartupLog.DemoDataSeeded(app.Logger, seeded, pupils, signIns);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

// After the exception handler, so a re-executed error page gets the headers too. No HTTPS
// redirection or HSTS: the app listens on plain http on the loopback interface.
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Error/{0}");

app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

// The stylesheet and icon hold nothing private, and the sign-in page needs them.
app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages()
   .WithStaticAssets();
app.MapLanyardApi();

await app.RunAsync();
return 0;

/// <summary>The web app's entry point; public so tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
