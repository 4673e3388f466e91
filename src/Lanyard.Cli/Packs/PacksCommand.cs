using System.CommandLine;
using System.Text.Json;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Cli.Packs;

/// <summary><c>lanyard packs list | show | validate | compare | diff</c>.</summary>
internal static class PacksCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var packs = new Command("packs", "Policy packs: list, show, validate, compare and diff them.");
        packs.Subcommands.Add(List(output));
        packs.Subcommands.Add(Show(output, error));
        packs.Subcommands.Add(Validate(output));
        packs.Subcommands.Add(Compare(output, error));
        packs.Subcommands.Add(Diff(output, error));
        return packs;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "Write JSON instead of text." };

    private static Command List(TextWriter output)
    {
        var json = JsonOption();
        var command = new Command("list", "List the shipped packs: id, organisation, version, next review, clause count.") { json };
        command.SetAction(parse =>
        {
            var items = ListPacks.Handle();
            if (parse.GetValue(json))
            {
                WriteJson(output, items);
            }
            else
            {
                PackText.WriteList(output, items);
            }

            return 0;
        });
        return command;
    }

    private static Command Show(TextWriter output, TextWriter error)
    {
        var json = JsonOption();
        var pack = new Argument<string>("pack") { Description = "A shipped pack id (e.g. heathcoat) or the path of a pack file." };
        var command = new Command("show", "Show a pack: metadata, parameters, clauses grouped by kind, warnings.") { pack, json };
        command.SetAction(parse =>
        {
            var result = PackReference.Resolve(parse.GetRequiredValue(pack));
            if (!result.Succeeded)
            {
                PackText.WriteDiagnostics(error, result.Errors, "error");
                return 1;
            }

            var view = ShowPack.Handle(result);
            if (parse.GetValue(json))
            {
                WriteJson(output, view);
            }
            else
            {
                PackText.WriteShow(output, view);
            }

            return 0;
        });
        return command;
    }

    private static Command Validate(TextWriter output)
    {
        var json = JsonOption();
        var file = new Argument<string>("file") { Description = "The pack file to check." };
        var command = new Command("validate", "Check a pack file: every error with its line and column.") { file, json };
        command.SetAction(parse =>
        {
            var report = ValidatePack.Handle(parse.GetRequiredValue(file));
            if (parse.GetValue(json))
            {
                WriteJson(output, report);
            }
            else
            {
                PackText.WriteValidation(output, report);
            }

            return report.Valid ? 0 : 1;
        });
        return command;
    }

    private static Command Compare(TextWriter output, TextWriter error)
    {
        var json = JsonOption();
        var extra = new Option<string[]>("--pack")
        {
            Description = "Compare these packs (ids or files) instead of the shipped five; repeat for each.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("compare", "The disagreement table (CLAUSES.md §3) across packs, one row per parameter.") { extra, json };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(extra) is { Length: > 0 } chosen ? chosen : [.. BuiltInPacks.Ids];
            var results = names.Select(PackReference.Resolve).ToList();
            var failed = results.Where(r => !r.Succeeded).SelectMany(r => r.Errors).ToList();
            if (failed.Count > 0)
            {
                PackText.WriteDiagnostics(error, failed, "error");
                return 1;
            }

            var comparison = ComparePacks.Handle([.. results.Select(r => r.Pack!)]);
            if (parse.GetValue(json))
            {
                WriteJson(output, comparison);
            }
            else
            {
                PackText.WriteComparison(output, comparison);
            }

            return 0;
        });
        return command;
    }

    // Exit 0 whenever both packs load, different or not: the diff is a report, not a check, and a
    // script that wants to know reads "identical" from --json. 1 when either pack does not load.
    private static Command Diff(TextWriter output, TextWriter error)
    {
        var json = JsonOption();
        var oldPack = new Argument<string>("old") { Description = "The old version: a shipped pack id or the path of a pack file." };
        var newPack = new Argument<string>("new") { Description = "The new version: a shipped pack id or the path of a pack file." };
        var command = new Command("diff", "What changed between two versions of a pack: clauses and parameters added, removed or changed, metadata, and the clauses staff must re-acknowledge. Exit 0 when both load, 1 when either does not.") { oldPack, newPack, json };
        command.SetAction(parse =>
        {
            var results = new[] { PackReference.Resolve(parse.GetRequiredValue(oldPack)), PackReference.Resolve(parse.GetRequiredValue(newPack)) };
            var failed = results.Where(r => !r.Succeeded).SelectMany(r => r.Errors).ToList();
            if (failed.Count > 0)
            {
                PackText.WriteDiagnostics(error, failed, "error");
                return 1;
            }

            var diff = DiffPacks.Handle(results[0].Pack!, results[1].Pack!);
            if (parse.GetValue(json))
            {
                WriteJson(output, diff);
            }
            else
            {
                PackDiffText.Write(output, diff);
            }

            return 0;
        });
        return command;
    }

    private static void WriteJson<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, LanyardJson.Options));
}
