using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Notifications;
using Lanyard.Data;
using Lanyard.Data.Audit;
using Lanyard.Data.Casework;
using Lanyard.Data.Letters;
using Lanyard.Data.Notifications;

namespace Lanyard.Web;

/// <summary>Registers the case register, evidence files, audit log, notification outbox and, when configured, email delivery.</summary>
internal static class CaseworkSetup
{
    /// <summary>
    /// Stores are per request, on the request's unit of work. Evidence files live under
    /// <c>Evidence:Path</c> (see <see cref="EvidenceSettings"/>). Email goes out only when
    /// <c>Notifications:Smtp:Host</c> is set; otherwise no sender or dispatcher is registered and
    /// notifications are shown in the app only.
    /// </summary>
    public static void AddLanyardCasework(this WebApplicationBuilder builder, IDatabase database)
    {
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddScoped<ICaseStore, CaseStore>();
        builder.Services.AddScoped<INotificationOutbox, NotificationOutboxStore>();
        builder.Services.AddScoped<ILetterStore, LetterStore>();
        // A case is worked under the pack version recorded on it, read from the policy register.
        builder.Services.AddScoped(services => new CasePacks(
            services.GetRequiredService<Core.Organisations.IOrganisationRegister>(), services.GetRequiredService<Core.Governance.IPolicyVersionRegister>()));
        builder.Services.AddScoped<AuditLogStore>();
        builder.Services.AddScoped<IAuditLog>(services => services.GetRequiredService<AuditLogStore>());
        builder.Services.AddScoped<IAuditLogReader>(services => services.GetRequiredService<AuditLogStore>());
        var evidenceRoot = EvidenceSettings.Root(configuration["Evidence:Path"], database, contentRoot, Path.Combine(contentRoot, "App_Data"));
        builder.Services.AddSingleton<IEvidenceFiles>(new FileEvidenceFiles(evidenceRoot));

        var smtp = SmtpSettings.Read(key => configuration["Notifications:Smtp:" + key]);
        if (smtp is not null)
        {
            var baseAddress = configuration["Notifications:BaseAddress"] is { Length: > 0 } address ? new Uri(address, UriKind.Absolute) : null;
            builder.Services.AddSingleton<INotificationSender>(new SmtpNotificationSender(smtp, baseAddress));
            builder.Services.AddHostedService<NotificationDispatcher>();
        }
    }
}
