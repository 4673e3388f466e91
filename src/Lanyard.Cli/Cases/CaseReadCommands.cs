using System.CommandLine;
using System.Text.Json;
using Lanyard.Core.Casework;
using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;

namespace Lanyard.Cli.Cases;

/// <summary><c>lanyard cases list | show | chronology | governors-report</c>: reading cases as the named account may.</summary>
internal static class CaseReadCommands
{
    private const int SummaryWidth = 60;

    public static Command List(TextWriter output, TextWriter error)
    {
        var type = new Option<string?>("--type") { Description = $"Only cases of this type: {CaseArguments.Names<CaseType>()}." };
        var stage = new Option<string?>("--stage") { Description = $"Only cases at this stage: {CaseArguments.Names<CaseStage>()}." };
        var open = new Option<bool>("--open") { Description = "Only cases not closed." };
        var overdue = new Option<bool>("--overdue") { Description = "Only cases with a task past its due time." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command("list", "The cases you may see, newest first, each shown only as far as your access allows.") { type, stage, open, overdue, json };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () =>
        {
            var request = (Type: CaseArguments.OptionalKebab<CaseType>(parse.GetValue(type), "--type"), Stage: CaseArguments.OptionalKebab<CaseStage>(parse.GetValue(stage), "--stage"));
            return CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
            {
                var rows = await ListCases.HandleAsync(new ListCases.Request(session.Actor, request.Type, request.Stage, parse.GetValue(open), parse.GetValue(overdue)),
                    session.Cases, session.Organisations, session.Packs, session.Clock, CancellationToken.None).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(rows, LanyardJson.Options));
                    return CaseExit.Ok;
                }

                output.WriteLine(rows.Count == 1 ? "1 case" : $"{CaseText.N(rows.Count)} cases");
                foreach (var row in rows)
                {
                    var when = row.ReportedAt is { } at ? CaseText.At(at) : row.ReportedMonth.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
                    var tasks = row.OpenTasks is { } count ? $", {CaseText.N(count)} open task(s){(row.IsOverdue ? $", {CaseText.N(row.OverdueTasks!.Value)} OVERDUE" : string.Empty)}" : string.Empty;
                    var outcome = row.Outcome is { } word ? $", outcome {word}" : string.Empty;
                    var summary = row.Summary is { } text ? $"  {Shorten(text)}" : string.Empty;
                    output.WriteLine($"#{CaseText.N(row.CaseId)}  {WorkflowText.Kebab(row.Type)}  {WorkflowText.Kebab(row.Stage)}  reported {when}  ({WorkflowText.Kebab(row.Level)}{tasks}{outcome}){summary}");
                }

                return CaseExit.Ok;
            });
        }));
        return command;
    }

    public static Command Show(TextWriter output, TextWriter error)
    {
        var id = new Argument<long>("id") { Description = "The case id." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command("show", "One case, as far as your access allows; the view is written to the audit log. A case you may not see is reported as not found.") { id, json };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () => CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
        {
            var caseId = parse.GetValue(id);
            var result = await ViewCase.HandleAsync(new ViewCase.Request(session.Actor, caseId), session.Cases, session.Organisations, session.Packs, session.Audit, session.Clock, CancellationToken.None).ConfigureAwait(false);
            if (!result.Found)
            {
                error.WriteLine($"No case {CaseText.N(caseId)}.");
                return CaseExit.Refused;
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(ShowJson(result), LanyardJson.Options));
            }
            else
            {
                await CaseShowText.WriteAsync(result, session, output).ConfigureAwait(false);
            }

            return CaseExit.Ok;
        })));
        return command;
    }

    public static Command Chronology(TextWriter output, TextWriter error)
    {
        var person = new Argument<long>("person-id") { Description = "The pupil or member of staff, by register id." };
        var command = new Command("chronology", "Everything on the cases naming one person that you may read in full, oldest first; the view is audited.") { person };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () => CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
        {
            var personId = parse.GetValue(person);
            var result = await Core.Casework.Chronology.HandleAsync(new Core.Casework.Chronology.Request(session.Actor, personId), session.Cases, session.People, session.Organisations,
                session.Audit, session.Clock, CancellationToken.None).ConfigureAwait(false);
            if (result is null)
            {
                error.WriteLine($"No person {CaseText.N(personId)} in your school's register.");
                return CaseExit.Refused;
            }

            output.WriteLine($"Chronology of {result.Name} ({WorkflowText.Kebab(result.Kind)}, person {CaseText.N(result.PersonId)})");
            output.WriteLine("Cases:");
            if (result.Cases.Count == 0)
            {
                output.WriteLine("  none you may read");
            }

            foreach (var line in result.Cases)
            {
                output.WriteLine($"  #{CaseText.N(line.CaseId)} {WorkflowText.Kebab(line.Type)}, {WorkflowText.Kebab(line.Stage)}, reported {CaseText.At(line.ReportedAt)}; as {string.Join(", ", line.Roles.Select(r => WorkflowText.Kebab(r)))}");
            }

            output.WriteLine("Events:");
            foreach (var line in result.Lines)
            {
                var what = line.Entry is { } entry ? WorkflowText.Kebab(entry.Step) + CaseText.Clauses(entry.Clauses) : "reported";
                output.WriteLine($"  {CaseText.At(line.At)}  #{CaseText.N(line.CaseId)} {WorkflowText.Kebab(line.Type)}: {what}{(line.Text is { } text ? $" - {text}" : string.Empty)}");
            }

            return CaseExit.Ok;
        })));
        return command;
    }

    public static Command GovernorsReport(TextWriter output, TextWriter error)
    {
        var school = new Option<long?>("--school") { Description = "One school in your scope, by id; every school in your scope when left out." };
        var command = new Command("governors-report", "The anonymised report to governors as plain-text tables (governors, leadership and safeguarding leads).") { school };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () => CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
        {
            var report = await GovernorCaseReport.HandleAsync(new GovernorCaseReport.Request(session.Actor, parse.GetValue(school)), session.Cases, session.Governance, session.Clock, CancellationToken.None)
                .ConfigureAwait(false);
            if (report is null)
            {
                error.WriteLine(GovernorCaseReport.MaySee(session.Actor)
                    ? "No such school in your scope."
                    : "The governors' report is for governors, the chair, leadership and the safeguarding leads; this account holds none of those roles.");
                return CaseExit.Refused;
            }

            output.Write(GovernorCaseReportText.Render(report));
            return CaseExit.Ok;
        })));
        return command;
    }

    private static object ShowJson(ViewCase.Result result) => result.Full is { } full
        ? (object)new
        {
            level = result.Level,
            @case = full.File.Case,
            stage = full.File.Stage,
            parties = full.File.Parties,
            entries = full.File.Entries,
            evidence = full.File.Evidence,
            openTasks = full.OpenTasks,
            allowedNow = CaseText.Allowed(full.Pack, full.File.Case, full.File.Stage, full.AllowedNow),
        }
        : new { level = result.Level, view = (object?)result.Status ?? result.Anonymised };

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= SummaryWidth ? line : line[..(SummaryWidth - 3)] + "...";
    }
}
