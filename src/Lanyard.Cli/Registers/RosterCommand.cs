using System.CommandLine;
using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Lanyard.Data.Audit;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Cli.Registers;

/// <summary><c>lanyard roster import --school ID|NAME FILE [--whole-roll] [--database FILE]</c>.</summary>
internal static class RosterCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var roster = new Command("roster", "The pupil roster in the people register.");
        roster.Subcommands.Add(Import(output, error));
        return roster;
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var school = new Option<string>("--school") { Description = "The school: its id or its exact name.", Required = true };
        var wholeRoll = new Option<bool>("--whole-roll") { Description = "The file lists every pupil on roll: those missing from it are marked as having left today." };
        var database = CliDatabase.Option();
        var file = new Argument<string>("file") { Description = "The CSV exported from the MIS (columns: see docs/roster-import.md)." };
        var command = new Command("import", "Import a pupil roster, all or nothing; re-import updates by MIS id.") { school, wholeRoll, database, file };
        command.SetAction(parse => RunAsync(parse.GetRequiredValue(school), parse.GetValue(wholeRoll), parse.GetValue(database), parse.GetRequiredValue(file), output, error).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(string schoolText, bool wholeRoll, string? databasePath, string path, TextWriter output, TextWriter error)
    {
        string csv;
        try
        {
            csv = await File.ReadAllTextAsync(path).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot be read ({ex.Message})");
            return 66;
        }

        if (CliDatabase.Open(databasePath, error) is not { } db)
        {
            return CliDatabase.UsageError;
        }

        return await CliDatabase.RunAsync(db, error, async work =>
        {
            var organisations = new OrganisationStore(work);
            var all = await organisations.ListAsync(CancellationToken.None).ConfigureAwait(false);
            var target = all.FirstOrDefault(o => o.Level == Core.Policies.OrganisationLevel.School &&
                (o.Id.ToString(CultureInfo.InvariantCulture) == schoolText || string.Equals(o.Name, schoolText, StringComparison.OrdinalIgnoreCase)));
            if (target is null)
            {
                error.WriteLine($"No school '{schoolText}' in the register. Schools: {string.Join("; ", all.Where(o => o.Level == Core.Policies.OrganisationLevel.School).Select(o => $"{o.Id} {o.Name}"))}");
                return CliDatabase.UsageError;
            }

            var today = UkTime.Today(TimeProvider.System);
            var result = await ImportRoster.HandleAsync(new ImportRoster.Request(target.Id, csv, today, wholeRoll), Audited(work), CancellationToken.None).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                error.WriteLine($"{path}: {result.Error!.Message}");
                error.WriteLine("Nothing was imported.");
                return CliDatabase.DataError;
            }

            output.WriteLine($"{target.Name}: {result.Added.Count} added, {result.Changed.Count} changed, {result.Unchanged} unchanged, {result.Left.Count} not in the file{(result.MarkedAsLeft ? " (marked as left today)" : string.Empty)}.");
            foreach (var pupil in result.Added)
            {
                output.WriteLine($"  added    {pupil.MisId}");
            }

            foreach (var change in result.Changed)
            {
                output.WriteLine($"  changed  {change.MisId}: {string.Join("; ", change.Changes)}");
            }

            foreach (var pupil in result.Left)
            {
                output.WriteLine($"  left     {pupil.MisId}");
            }

            return 0;
        }).ConfigureAwait(false);
    }

    // Every person the import adds or changes is audited; the command line has no sign-in, so the
    // operating-system account that ran it is named (never a name or email from the roster).
    private static AuditedPeopleRegister Audited(Data.UnitOfWork work) =>
        new(new PeopleStore(work), new AuditLogStore(work), () => new AuditActor(null, "cli:" + Environment.UserName), TimeProvider.System);
}
