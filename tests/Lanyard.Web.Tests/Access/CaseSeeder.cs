using Lanyard.Core.Casework;
using Lanyard.Data;
using Lanyard.Data.Audit;
using Lanyard.Data.Casework;
using Lanyard.Data.Notifications;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Access;

/// <summary>
/// Puts cases into the app's database for page tests: reported through <see cref="ReportConcern"/>
/// (so routing, notifications and the audit log happen as in the app), and moved on by appending
/// entries to the case store where a test needs a case in a given state.
/// </summary>
internal static class CaseSeeder
{
    /// <summary>The case actor for a sign-in, read from the register as the cookie would carry it.</summary>
    public static async Task<CaseActor> ActorAsync(LanyardWebFactory factory, string email)
    {
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var account = (await new UserStore(work).FindByEmailAsync(email, CancellationToken.None))?.Account
            ?? throw new InvalidOperationException($"No sign-in {email}.");
        return new CaseActor(account.Id, account.PersonId, account.DisplayName, account.OrganisationId, account.Roles);
    }

    /// <summary>Reports a case at the reporter's own school; returns its id.</summary>
    public static async Task<long> ReportAsync(LanyardWebFactory factory, string reporterEmail, CaseType type, string summary, params ReportConcern.PartyInput[] parties)
    {
        var reporter = await ActorAsync(factory, reporterEmail);
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var result = await ReportConcern.HandleAsync(
            new ReportConcern.Request(reporter, reporter.OrganisationId, type, summary, "https://social.example/post/1", null, parties, [], null),
            new OrganisationStore(work), new PeopleStore(work), new CaseStore(work), new NotificationOutboxStore(work), new AuditLogStore(work), factory.Clock, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The report was refused: " + string.Join(" ", result.Errors.Values));
        }

        await work.CommitAsync(CancellationToken.None);
        return result.CaseId!.Value;
    }

    /// <summary>Appends an entry to a case (a step as the procedure would record it), committed.</summary>
    public static async Task AppendAsync(LanyardWebFactory factory, long caseId, CaseActor by, CaseStep step, CaseStage from, CaseStage to, IReadOnlyDictionary<string, string> details, string? note = null)
    {
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        await new CaseStore(work).AppendEntryAsync(
            new CaseEntry
            {
                CaseId = caseId,
                Step = step,
                From = from,
                To = to,
                At = factory.Clock.GetUtcNow(),
                ByUserId = by.UserId,
                ByName = by.Name,
                Note = note,
                Details = details,
            },
            CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }
}
