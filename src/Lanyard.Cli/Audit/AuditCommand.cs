using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lanyard.Cli.Registers;
using Lanyard.Core.Audit;
using Lanyard.Data.Audit;

namespace Lanyard.Cli.Audit;

/// <summary><c>lanyard audit verify [--database FILE] [--json]</c>: checks the audit log's hash chain.</summary>
internal static class AuditCommand
{
    /// <summary>Exit code when the chain is broken.</summary>
    public const int Broken = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var audit = new Command("audit", "The append-only, hash-chained audit log.");
        audit.Subcommands.Add(Verify(output, error));
        return audit;
    }

    private static Command Verify(TextWriter output, TextWriter error)
    {
        var database = CliDatabase.Option();
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command(
            "verify",
            "Check every entry's hash and link, in order; name the first entry altered, deleted or out of chain. Exit 0 intact, 1 broken.")
        { database, json };
        command.SetAction(parse => RunAsync(parse.GetValue(database), parse.GetValue(json), output, error).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(string? databasePath, bool json, TextWriter output, TextWriter error)
    {
        if (CliDatabase.Open(databasePath, error) is not { } db)
        {
            return CliDatabase.UsageError;
        }

        return await CliDatabase.RunAsync(db, error, async work =>
        {
            var result = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(), new AuditLogStore(work), CancellationToken.None).ConfigureAwait(false);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(result, Json));
            }
            else if (result.Intact)
            {
                output.WriteLine($"audit log intact: {N(result.Entries)} entries, last hash {result.LastHash}");
            }
            else
            {
                output.WriteLine($"audit log broken at entry {N(result.BrokenAt!.Value)}: {result.Problem}");
                output.WriteLine($"entries before it check out; the last good hash is {result.LastHash}");
            }

            return result.Intact ? 0 : Broken;
        }).ConfigureAwait(false);
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
