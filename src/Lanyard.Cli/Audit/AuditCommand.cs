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
        var anchor = new Option<string?>("--anchor")
        {
            Description = "SEQUENCE:HASH printed by an earlier verify and kept outside Lanyard; that entry must still be there with that hash " +
                "(detects deleting the newest entries, or rewriting and re-hashing the log).",
        };
        var command = new Command(
            "verify",
            "Check every entry's hash and link, in order; name the first entry altered, deleted or out of chain. Exit 0 intact, 1 broken.")
        { database, json, anchor };
        command.SetAction(parse => RunAsync(parse.GetValue(database), parse.GetValue(json), parse.GetValue(anchor), output, error).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(string? databasePath, bool json, string? anchorText, TextWriter output, TextWriter error)
    {
        var anchor = AuditAnchor.Parse(anchorText);
        if (anchorText is not null && anchor is null)
        {
            error.WriteLine($"--anchor: '{anchorText}' is not SEQUENCE:HASH (an entry number, a colon and 64 hex digits), as 'audit verify' prints it.");
            return CliDatabase.UsageError;
        }

        if (CliDatabase.Open(databasePath, error) is not { } db)
        {
            return CliDatabase.UsageError;
        }

        return await CliDatabase.RunAsync(db, error, async work =>
        {
            var result = await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(Anchor: anchor), new AuditLogStore(work), CancellationToken.None).ConfigureAwait(false);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(result, Json));
            }
            else if (result.Intact)
            {
                output.WriteLine($"audit log intact: {N(result.Entries)} entries, last hash {result.LastHash}");
                if (anchor is not null)
                {
                    output.WriteLine($"anchor {anchor} holds");
                }

                if (result.Entries > 0)
                {
                    output.WriteLine($"anchor to keep outside Lanyard: {N(result.Entries)}:{result.LastHash} (give it to --anchor next time)");
                }
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
