using Lanyard.Core.Accounts;
using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Connections;
using Lanyard.Core.Consent;
using Lanyard.Core.Dashboard;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data;
using Lanyard.Data.Accounts;
using Lanyard.Data.Connections;
using Lanyard.Data.Consent;
using Lanyard.Data.Governance;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;

namespace Lanyard.Web;

/// <summary>Registers the configured database, the per-request unit of work and the stores over it.</summary>
internal static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> = <c>Sqlite</c> (default; <c>Database:SqlitePath</c>, default
    /// <c>App_Data/lanyard.db</c> under the content root) or <c>Postgres</c> (<c>Database:ConnectionString</c>).
    /// </summary>
    public static IDatabase AddLanyardDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var sqlitePath = configuration["Database:SqlitePath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data", "lanyard.db");
        var database = DatabaseSettings.Create(configuration["Database:Provider"], sqlitePath, configuration["Database:ConnectionString"]);
        builder.Services.AddSingleton(database);
        builder.Services.AddScoped(services => new UnitOfWork(services.GetRequiredService<IDatabase>()));
        // The version of each pack in force today replaces the shipped one wherever a school's pack
        // is looked up (SchoolInContext.FindAsync), once the governors' approved version takes effect.
        builder.Services.AddScoped<OrganisationStore>();
        builder.Services.AddScoped<IOrganisationRegister>(services => new OrganisationsWithPolicyInForce(
            services.GetRequiredService<OrganisationStore>(), services.GetRequiredService<IPolicyVersionRegister>(), services.GetRequiredService<TimeProvider>()));
        // Every write to a person record (and every recorded consent answer) is audited, whichever
        // page or import makes it; the actor is the signed-in user, or the system while seeding.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IPeopleRegister>(services => new AuditedPeopleRegister(
            new PeopleStore(services.GetRequiredService<UnitOfWork>()),
            services.GetRequiredService<IAuditLog>(),
            ActorOf(services),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddScoped<IConsentRegister>(services => new AuditedConsentRegister(
            new ConsentStore(services.GetRequiredService<UnitOfWork>()),
            services.GetRequiredService<IAuditLog>(),
            ActorOf(services),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddScoped<IUserStore, UserStore>();
        builder.Services.AddScoped<IConnectionLog, ConnectionStore>();
        builder.Services.AddScoped<IOfficialAccountRegister, OfficialAccountStore>();
        builder.Services.AddScoped<IReviewTaskRegister, ReviewTaskStore>();
        builder.Services.AddScoped<IPolicyVersionRegister, PolicyVersionStore>();
        builder.Services.AddScoped<IPolicyReviewRegister, PolicyReviewStore>();
        builder.Services.AddScoped<IDeclarationRegister, DeclarationStore>();
        builder.Services.AddScoped<ITrainingRegister, TrainingStore>();
        builder.Services.AddScoped(services => new GovernancePorts(
            services.GetRequiredService<IOrganisationRegister>(),
            services.GetRequiredService<IPeopleRegister>(),
            services.GetRequiredService<IPolicyVersionRegister>(),
            services.GetRequiredService<IPolicyReviewRegister>(),
            services.GetRequiredService<IReviewTaskRegister>(),
            services.GetRequiredService<IDeclarationRegister>(),
            services.GetRequiredService<ITrainingRegister>()));
        builder.Services.AddScoped(services => new EarlyReviewPorts(
            services.GetRequiredService<IPolicyVersionRegister>(),
            services.GetRequiredService<IReviewTaskRegister>()));
        builder.Services.AddScoped(services => new WhatNeedsAttention.Registers(
            services.GetRequiredService<IOrganisationRegister>(),
            services.GetRequiredService<IPeopleRegister>(),
            services.GetRequiredService<IConsentRegister>(),
            services.GetRequiredService<IConnectionLog>(),
            services.GetRequiredService<IOfficialAccountRegister>(),
            services.GetRequiredService<IReviewTaskRegister>())
        {
            Cases = services.GetRequiredService<ICaseStore>(),
            Governance = services.GetRequiredService<GovernancePorts>(),
        });
        builder.AddLanyardCasework(database);
        return database;
    }

    private static Func<AuditActor> ActorOf(IServiceProvider services)
    {
        var http = services.GetRequiredService<IHttpContextAccessor>();
        return () => Users.AuditActors.From(http.HttpContext?.User);
    }
}
