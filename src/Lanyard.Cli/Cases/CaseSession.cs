using System.CommandLine;
using Lanyard.Cli.Registers;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.Users;
using Lanyard.Data;
using Lanyard.Data.Audit;
using Lanyard.Data.Casework;
using Lanyard.Data.Governance;
using Lanyard.Data.Letters;
using Lanyard.Data.Notifications;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;

namespace Lanyard.Cli.Cases;

/// <summary>
/// One <c>lanyard cases …</c> command's world: the database in one unit of work (committed only on
/// exit 0, as every database command), the stores the casework use cases take, and the actor.
/// <para>
/// The CLI has no sign-in. The operator names, with <c>--as EMAIL</c>, the Lanyard account they act
/// as; the <see cref="CaseActor"/> is built from that account exactly as the web app builds it from
/// the sign-in cookie, so <see cref="CaseAccess"/> decides what they may read and do, and the audit
/// log records that account's id. Acting as someone else's account is a deliberate, audited act by
/// whoever can already open the database.
/// </para>
/// </summary>
internal sealed class CaseSession
{
    private CaseSession(UnitOfWork work, CaseActor actor, IDatabase database)
    {
        Database = database;
        Actor = actor;
        Cases = new CaseStore(work);
        People = new PeopleStore(work);
        var versions = new PolicyVersionStore(work);
        // As in the web app: a new case is recorded under the version of its pack in force today, and
        // every case is worked under the version recorded on it.
        Organisations = new OrganisationsWithPolicyInForce(new OrganisationStore(work), versions, Clock);
        Outbox = new NotificationOutboxStore(work);
        Audit = new AuditLogStore(work);
        Letters = new LetterStore(work);
        Reviews = new EarlyReviewPorts(versions, new ReviewTaskStore(work));
        Packs = new CasePacks(Organisations, versions);
        Governance = GovernanceStores.Over(work) with { Organisations = Organisations, Versions = versions };
    }

    public IDatabase Database { get; }

    public CaseActor Actor { get; }

    public CaseStore Cases { get; }

    public PeopleStore People { get; }

    public IOrganisationRegister Organisations { get; }

    public NotificationOutboxStore Outbox { get; }

    public AuditLogStore Audit { get; }

    public LetterStore Letters { get; }

    public EarlyReviewPorts Reviews { get; }

    /// <summary>The pack version each case is worked under.</summary>
    public CasePacks Packs { get; }

    /// <summary>The policy register and its reviews, for the governors' report's review positions.</summary>
    public GovernancePorts Governance { get; }

    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary><c>--as EMAIL</c>, on every cases command.</summary>
    public static Option<string> AsOption() => new("--as")
    {
        Description = "The Lanyard account (login email) to act as. Its roles decide what you may see and do, and the audit log records it.",
        Required = true,
    };

    /// <summary>
    /// Opens the database, migrates it, finds the account named by <paramref name="asEmail"/> and runs
    /// <paramref name="command"/> as it; an unknown account is a usage error and touches nothing.
    /// </summary>
    public static async Task<int> RunAsync(string? databasePath, string asEmail, TextWriter error, Func<CaseSession, Task<int>> command)
    {
        if (CliDatabase.Open(databasePath, error) is not { } database)
        {
            return CaseExit.Usage;
        }

        return await CliDatabase.RunAsync(database, error, async work =>
        {
            var account = LoginEmail.Normalise(asEmail) is { } email
                ? (await new UserStore(work).FindByEmailAsync(email, CancellationToken.None).ConfigureAwait(false))?.Account
                : null;
            if (account is null)
            {
                error.WriteLine($"--as: there is no Lanyard account with the login '{asEmail}'. Name a member of staff's sign-in email.");
                return CaseExit.Usage;
            }

            var actor = new CaseActor(account.Id, account.PersonId, account.DisplayName, account.OrganisationId, account.Roles);
            return await command(new CaseSession(work, actor, database)).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
