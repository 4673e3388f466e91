using System.CommandLine;
using Lanyard.Cli.Registers;
using Lanyard.Core.Casework;
using Lanyard.Core.Workflows;

namespace Lanyard.Cli.Cases;

/// <summary><c>lanyard cases evidence add</c> and <c>lanyard cases evidence-pack</c>.</summary>
internal static class CaseEvidenceCommands
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".eml"] = "message/rfc822",
    };

    public static Command Evidence(TextWriter output, TextWriter error)
    {
        var evidence = new Command("evidence", "Evidence on a case.");
        evidence.Subcommands.Add(Add(output, error));
        return evidence;
    }

    private static Command Add(TextWriter output, TextWriter error)
    {
        var id = new Argument<long>("id") { Description = "The case id." };
        var kind = new Option<string>("--kind") { Description = $"What the evidence is: {CaseArguments.Names<EvidenceKind>()}.", Required = true };
        var file = new Option<string?>("--file") { Description = "A file to store (content-addressed, SHA-256, never altered). Refused, unread, with --indecent-image." };
        var url = new Option<string?>("--url") { Description = "Where it was found (http or https)." };
        var capturedAt = new Option<string?>("--captured-at") { Description = $"When it was captured ({CaseArguments.TimeHelp})." };
        var capturedBy = new Option<string?>("--captured-by") { Description = "Who captured it; your account's name when left out." };
        var how = new Option<string?>("--how") { Description = "How it was captured." };
        var description = new Option<string>("--description") { Description = "What it shows.", Required = true };
        var indecent = new Option<bool>("--indecent-image")
        {
            Description = "It includes indecent images of children: nothing is uploaded (any --file is refused without being read); record where it is locked away and who holds the key, and contact the police now.",
        };
        var location = new Option<string?>("--location") { Description = "For physical evidence: where it is locked away." };
        var keyHolder = new Option<string?>("--key-holder") { Description = "For physical evidence: who holds the key." };
        var command = new Command("add", "Record a piece of evidence on a case.") { id, kind, file, url, capturedAt, capturedBy, how, description, indecent, location, keyHolder };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () =>
        {
            var evidenceKind = CaseArguments.Kebab<EvidenceKind>(parse.GetRequiredValue(kind), "--kind");
            var captured = CaseArguments.Instant(parse.GetValue(capturedAt), "--captured-at");
            var indecentImage = parse.GetValue(indecent);
            var path = parse.GetValue(file);

            // With --indecent-image the path is never looked at: not checked, not opened. The use case
            // refuses any file offered with such evidence before it would open it.
            if (path is not null && !indecentImage && !File.Exists(path))
            {
                error.WriteLine($"--file: {path} does not exist.");
                return Task.FromResult(CaseExit.Usage);
            }

            return CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
            {
                if (CliDatabase.EvidenceFiles(session.Database, error) is not { } files)
                {
                    return CaseExit.Usage;
                }

                var upload = path is null ? null
                    : new RecordEvidence.Upload(Path.GetFileName(path), ContentTypes.GetValueOrDefault(Path.GetExtension(path)), () => File.OpenRead(path));
                var caseId = parse.GetValue(id);
                var result = await RecordEvidence.HandleAsync(
                    new RecordEvidence.Request(session.Actor, caseId, evidenceKind, parse.GetValue(url), captured, parse.GetValue(capturedBy) ?? session.Actor.Name, parse.GetValue(how),
                        parse.GetRequiredValue(description), indecentImage, parse.GetValue(location), parse.GetValue(keyHolder), upload),
                    session.Cases, session.Organisations, session.Packs, files, session.Audit, session.Clock, CancellationToken.None).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    CaseErrors.Write(error, $"The evidence was not recorded on case {CaseText.N(caseId)}", result.Errors);
                    return CaseExit.Refused;
                }

                var item = result.Item!;
                output.WriteLine($"Evidence {CaseText.N(item.Id)} recorded on case {CaseText.N(caseId)} (entry #{CaseText.N(result.EntryId!.Value)}): {WorkflowText.Kebab(item.Kind)}");
                if (item.Sha256 is { } hash)
                {
                    output.WriteLine($"  stored {item.FileName}: {CaseText.N(item.SizeBytes ?? 0)} bytes, SHA-256 {hash}");
                }

                if (item.IndecentImageOfChild)
                {
                    output.WriteLine("  indecent images of children: nothing stored; physical evidence recorded. Contact the police now.");
                }

                foreach (var warning in result.Warnings)
                {
                    output.WriteLine($"  warning: {warning.Message}{CaseText.Clauses([warning.Clause])}");
                }

                return CaseExit.Ok;
            });
        }));
        return command;
    }

    public static Command EvidencePack(TextWriter output, TextWriter error)
    {
        var id = new Argument<long>("id") { Description = "The case id." };
        var recipient = new Option<string>("--for") { Description = $"Who the pack is for: {PrintEvidencePack.RecipientNames}.", Required = true };
        var command = new Command("evidence-pack", "Print a case's evidence pack as Markdown (summary, timeline, evidence list with hashes); audited as a download.") { id, recipient };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () =>
        {
            var forWhom = PrintEvidencePack.ParseRecipient(parse.GetRequiredValue(recipient));
            if (forWhom is null)
            {
                error.WriteLine($"--for: '{parse.GetRequiredValue(recipient)}' is not one of: {PrintEvidencePack.RecipientNames}.");
                return Task.FromResult(CaseExit.Usage);
            }

            return CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
            {
                var caseId = parse.GetValue(id);
                var result = await PrintEvidencePack.HandleAsync(new PrintEvidencePack.Request(session.Actor, caseId, forWhom.Value), session.Cases, session.Organisations, session.Audit,
                    session.Clock, CancellationToken.None).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    error.WriteLine(result.Errors.ContainsKey(nameof(PrintEvidencePack.Request.CaseId)) ? $"No case {CaseText.N(caseId)}." : string.Join(" ", result.Errors.Values));
                    return CaseExit.Refused;
                }

                output.Write(result.Markdown);
                return CaseExit.Ok;
            });
        }));
        return command;
    }
}
