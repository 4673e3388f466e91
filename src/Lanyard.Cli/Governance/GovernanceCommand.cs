using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lanyard.Cli.Registers;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Time;
using Lanyard.Data.Governance;
using Lanyard.Data.Notifications;

namespace Lanyard.Cli.Governance;

/// <summary>
/// <c>lanyard governance due [--json] [--notify] [--database FILE]</c>: what is due across organisations, for a
/// scheduled job (exit 0 whatever is due; the output says what). <c>lanyard governance history
/// --org ID</c>: an organisation's policy versions.
/// </summary>
internal static class GovernanceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var governance = new Command("governance", "Policy versions, reviews, declarations and training.");
        governance.Subcommands.Add(Due(output, error));
        governance.Subcommands.Add(History(output, error));
        return governance;
    }

    private static Command Due(TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var database = CliDatabase.Option();
        var notify = new Option<bool>("--notify")
        {
            Description = "Also send the review reminders (28 days before the due date, and when overdue) to the head teacher and the policy's approvers, " +
                "each once, in the app and by email where a sender is set up. For a daily scheduled job.",
        };
        var command = new Command("due", "Reviews due or overdue, declarations outstanding and training due, per organisation.") { json, database, notify };
        command.SetAction(parse => RunDueAsync(parse.GetValue(json), parse.GetValue(notify), parse.GetValue(database), output, error).GetAwaiter().GetResult());
        return command;
    }

    private static Command History(TextWriter output, TextWriter error)
    {
        var organisation = new Option<long>("--org") { Description = "The organisation's id.", Required = true };
        var database = CliDatabase.Option();
        var command = new Command("history", "An organisation's policy versions, oldest first, with their state today.") { organisation, database };
        command.SetAction(parse => RunHistoryAsync(parse.GetValue(organisation), parse.GetValue(database), output, error).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunDueAsync(bool json, bool notify, string? databasePath, TextWriter output, TextWriter error)
    {
        if (CliDatabase.Open(databasePath, error) is not { } db)
        {
            return CliDatabase.UsageError;
        }

        return await CliDatabase.RunAsync(db, error, async work =>
        {
            var ports = GovernanceStores.Over(work);
            var result = await GovernanceDue.HandleAsync(new GovernanceDue.Request(), ports, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
            var reminders = notify
                ? await SendReviewReminders.HandleAsync(ports, new NotificationOutboxStore(work), TimeProvider.System, CancellationToken.None).ConfigureAwait(false)
                : null;
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(DueJson(result), LanyardJson.Options));
            }
            else
            {
                GovernanceDueText.Write(result, output);
                if (reminders is not null)
                {
                    output.WriteLine(reminders.Reminders.Count == 0
                        ? "review reminders: none to send today"
                        : $"review reminders queued: {reminders.Reminders.Count} ({string.Join("; ", reminders.Reminders.Select(r => r.Subject).Distinct(StringComparer.Ordinal))})");
                }
            }

            return 0;
        }).ConfigureAwait(false);
    }

    private static async Task<int> RunHistoryAsync(long organisationId, string? databasePath, TextWriter output, TextWriter error)
    {
        if (CliDatabase.Open(databasePath, error) is not { } db)
        {
            return CliDatabase.UsageError;
        }

        return await CliDatabase.RunAsync(db, error, async work =>
        {
            var ports = GovernanceStores.Over(work);
            var today = UkTime.Today(TimeProvider.System);
            if (await PolicyVersions.InForceAsync(organisationId, today, ports.Organisations, ports.Versions, CancellationToken.None).ConfigureAwait(false) is not { } inForce)
            {
                error.WriteLine($"Organisation {organisationId.ToString(CultureInfo.InvariantCulture)} is not in the register or has no policy pack.");
                return CliDatabase.UsageError;
            }

            var versions = await ports.Versions.ListAsync(inForce.PackFrom.Id, CancellationToken.None).ConfigureAwait(false);
            output.WriteLine($"{inForce.PackFrom.Name}: {inForce.Pack.Id}, version {inForce.VersionLabel} in force{(inForce.Version is null ? " (the shipped pack)" : string.Empty)}");
            output.WriteLine($"  shipped  {inForce.Pack.Id} {(inForce.Version is null ? inForce.Pack.Version : "(before the first recorded version)")}");
            foreach (var version in versions)
            {
                var state = PolicyVersionWorkflow.StateOn(version, versions, today);
                var approved = version.ApprovedOn is { } on ? $", approved {on:yyyy-MM-dd} by {string.Join(" and ", version.Approvers.Select(a => a.Name))}{(version.ApprovingBody is { } body ? $" for the {body}" : string.Empty)}, effective {version.EffectiveFrom:yyyy-MM-dd}" : string.Empty;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  #{version.Id}  {version.Version}  {Core.Workflows.WorkflowText.Kebab(state)}  drafted {version.DraftedOn:yyyy-MM-dd} from {version.DraftedFromVersion}{approved}"));
            }

            return 0;
        }).ConfigureAwait(false);
    }

    private static object DueJson(GovernanceDue.Result result) => new
    {
        today = result.Today,
        organisations = result.Organisations.Select(o => new
        {
            id = o.Organisation.Id,
            name = o.Organisation.Name,
            packId = o.PackId,
            version = o.Version,
            anythingDue = o.AnythingDue,
            review = o.Review is { } review
                ? new { status = Core.Workflows.WorkflowText.Kebab(review.Status), dueBy = review.DueBy, daysOverdue = review.DaysOverdue, warnings = review.Warnings }
                : null,
            openReviewTasks = o.OpenReviewTasks.Select(t => new { id = t.Id, title = t.Title, raisedOn = t.RaisedOn, clauseId = t.ClauseId }),
            declarations = new
            {
                required = o.Declarations.Required,
                message = o.Declarations.Message,
                bound = o.Declarations.Entries.Count,
                signed = o.Declarations.SignedCount,
                outstanding = o.Declarations.OutstandingCount,
                completionPercent = o.Declarations.CompletionPercent,
            },
            training = new { required = o.Training.Required, message = o.Training.Message, due = o.Training.DueCount },
        }),
    };
}
