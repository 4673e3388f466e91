using System.CommandLine;
using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.People;
using Lanyard.Core.Workflows;

namespace Lanyard.Cli.Cases;

/// <summary><c>lanyard cases report | step | letter</c>: the use cases that add to a case, as the named account.</summary>
internal static class CaseWorkCommands
{
    public static Command Report(TextWriter output, TextWriter error)
    {
        var school = new Option<string>("--school") { Description = "The school the concern is about: its id or exact name.", Required = true };
        var type = new Option<string>("--type") { Description = $"What kind of case: {CaseArguments.Names<CaseType>()}.", Required = true };
        var summary = new Option<string>("--summary") { Description = "What happened, in your words.", Required = true };
        var where = new Option<string?>("--where") { Description = "Where: the URL or platform." };
        var when = new Option<string?>("--when") { Description = $"When it happened ({CaseArguments.TimeHelp})." };
        var parties = new Option<string[]>("--party")
        {
            Description = "Someone involved (repeatable): person:ID:ROLE from the register, or public:\"DESCRIPTION\":ROLE / unknown:\"DESCRIPTION\":ROLE. ROLE: subject, alleged-perpetrator, witness.",
        };
        var flags = new Option<string[]>("--flag") { Description = $"A flag to raise (repeatable): {string.Join(", ", CaseFlags.All)}." };
        var command = new Command("report", "Report a concern: records the case under the school's policy, routes it and notifies the recipients.") { school, type, summary, where, when, parties, flags };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () =>
        {
            var caseType = CaseArguments.Kebab<CaseType>(parse.GetRequiredValue(type), "--type");
            var happened = CaseArguments.Instant(parse.GetValue(when), "--when");
            var specs = (parse.GetValue(parties) ?? []).Select(CaseArguments.Party).ToList();
            return CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
            {
                if (await CaseArguments.SchoolAsync(parse.GetRequiredValue(school), session.Organisations, error).ConfigureAwait(false) is not { } target)
                {
                    return CaseExit.Usage;
                }

                var inputs = new List<ReportConcern.PartyInput>();
                foreach (var spec in specs)
                {
                    var kind = spec.Kind ?? KindOf(spec.PersonId is { } id ? await session.People.GetAsync(id, CancellationToken.None).ConfigureAwait(false) : null);
                    inputs.Add(new ReportConcern.PartyInput(spec.PersonId, spec.Description, kind, spec.Role));
                }

                var result = await ReportConcern.HandleAsync(
                    new ReportConcern.Request(session.Actor, target.Id, caseType, parse.GetRequiredValue(summary), parse.GetValue(where), happened, inputs, parse.GetValue(flags) ?? [], null),
                    session.Organisations, session.People, session.Cases, session.Outbox, session.Audit, session.Clock, CancellationToken.None).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    CaseErrors.Write(error, "The concern was not recorded", result.Errors);
                    return CaseExit.Refused;
                }

                var file = (await session.Cases.GetAsync(result.CaseId!.Value, CancellationToken.None).ConfigureAwait(false))!;
                output.WriteLine($"Case {CaseText.N(file.Case.Id)} ({CaseReference.Of(file.Case)}) reported: {WorkflowText.Kebab(caseType)} at {target.Name}, under {file.Case.PackId} version {file.Case.PackVersion}");
                output.WriteLine("Told:");
                foreach (var recipient in result.Recipients)
                {
                    output.WriteLine($"  {recipient.Person.DisplayName} (person {CaseText.N(recipient.Person.Id)}) as {WorkflowText.Kebab(recipient.Role)}{(recipient.Clause is { } clause ? CaseText.Clauses([clause]) : " [Lanyard's default: the DSL]")}");
                }

                if (result.Recipients.Count == 0)
                {
                    output.WriteLine("  nobody: no member of staff holds the roles the policy names");
                }

                if (result.RoutingReasons.Count > 0)
                {
                    output.WriteLine("Routing:");
                    foreach (var reason in result.RoutingReasons)
                    {
                        output.WriteLine($"  {reason}");
                    }
                }

                CaseText.AllowedSteps(output, await session.Packs.OfAsync(file.Case, CancellationToken.None).ConfigureAwait(false), file.Case, file.Stage, result.AllowedSteps, session.Actor);
                return CaseExit.Ok;
            });
        }));
        return command;
    }

    public static Command Step(TextWriter output, TextWriter error)
    {
        var id = new Argument<long>("id") { Description = "The case id." };
        var step = new Argument<string>("step") { Description = $"The step: {CaseArguments.Names<CaseStep>()}." };
        var details = new Option<string[]>("--detail") { Description = $"A detail of the step, key=value (repeatable), e.g. response=refused-and-continuing, outcome=resolved; {CaseDetails.LeftSiteAt}=TIME is read like --when ({CaseArguments.TimeHelp})." };
        var note = new Option<string?>("--note") { Description = "What you write on the case." };
        var corrects = new Option<long?>("--corrects")
        {
            Description = "Correct this entry instead of taking a step: give its step, what changes (--detail key=value; key= with nothing after it removes that detail) " +
                "and a --note saying what was wrong. Details not named are carried over from the entry unchanged, as the web form shows them filled in. " +
                "The entry stays, marked as corrected; the case's stage does not change.",
        };
        var command = new Command("step", "Take a step on a case; the case's procedure refuses a step not allowed now, naming the steps that are.") { id, step, details, note, corrects };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () =>
        {
            var caseStep = CaseArguments.Kebab<CaseStep>(parse.GetRequiredValue(step), "step");
            var pairs = CaseArguments.Pairs(parse.GetValue(details), "--detail");
            if (pairs.TryGetValue(CaseDetails.LeftSiteAt, out var left) && CaseArguments.Instant(left, $"--detail {CaseDetails.LeftSiteAt}") is { } leftAt)
            {
                // Kept as the instant (UTC), as the web form keeps it, so every reader shows the same time.
                pairs[CaseDetails.LeftSiteAt] = leftAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }
            return CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
            {
                var caseId = parse.GetValue(id);
                var given = pairs;
                if (parse.GetValue(corrects) is { } correctedId)
                {
                    // Only merged here; the use case still decides whether the actor may read or correct the
                    // case, and nothing of the entry is shown unless it does.
                    var old = (await session.Cases.GetAsync(caseId, CancellationToken.None).ConfigureAwait(false))?.Entries.FirstOrDefault(e => e.Id == correctedId);
                    given = CarriedOver(old?.Details, pairs);
                }

                var result = await TakeCaseStep.HandleAsync(new TakeCaseStep.Request(session.Actor, caseId, caseStep, given, parse.GetValue(note), parse.GetValue(corrects)),
                    session.Cases, session.People, session.Organisations, session.Outbox, session.Audit, session.Reviews, session.Clock, CancellationToken.None).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    CaseErrors.Write(error, $"'{WorkflowText.Kebab(caseStep)}' was not recorded on case {CaseText.N(caseId)}", result.Errors);
                    if (result.Refusal is not null)
                    {
                        // A refusal by the procedure comes only after the access check let the actor work on the case, so reading it here reveals nothing.
                        var refused = (await session.Cases.GetAsync(caseId, CancellationToken.None).ConfigureAwait(false))!;
                        CaseText.AllowedSteps(error, await session.Packs.OfAsync(refused.Case, CancellationToken.None).ConfigureAwait(false), refused.Case, result.Stage, result.AllowedNext, session.Actor);
                    }

                    return CaseExit.Refused;
                }

                var file = (await session.Cases.GetAsync(caseId, CancellationToken.None).ConfigureAwait(false))!;
                var entry = result.Entry!;
                output.WriteLine(entry.Corrects is { } corrected
                    ? $"Case {CaseText.N(caseId)}: entry #{CaseText.N(corrected)} ({WorkflowText.Kebab(entry.Step)}) corrected by entry #{CaseText.N(entry.Id)}{CaseText.Clauses(entry.Clauses)}"
                    : $"Case {CaseText.N(caseId)}: {WorkflowText.Kebab(entry.Step)} recorded as entry #{CaseText.N(entry.Id)}{CaseText.Clauses(entry.Clauses)}");
                output.WriteLine($"Stage: {WorkflowText.Kebab(entry.From)} -> {WorkflowText.Kebab(result.Stage)}");
                if (result.ReviewNotice is { } notice)
                {
                    output.WriteLine(notice);
                }

                if (result.Notified.Count > 0)
                {
                    output.WriteLine($"Told: {string.Join(", ", result.Notified.GroupBy(n => n.Role).Select(g => $"{WorkflowText.Kebab(g.Key)} ({CaseText.N(g.Count())})"))}");
                }

                foreach (var reason in result.NotificationReasons)
                {
                    output.WriteLine($"  {reason}");
                }

                CaseText.Tasks(output, result.OpenTasks, session.Clock.GetUtcNow());
                CaseText.AllowedSteps(output, await session.Packs.OfAsync(file.Case, CancellationToken.None).ConfigureAwait(false), file.Case, result.Stage, result.AllowedNext, session.Actor);
                return CaseExit.Ok;
            });
        }));
        return command;
    }

    public static Command Letter(TextWriter output, TextWriter error)
    {
        var id = new Argument<long>("id") { Description = "The case id." };
        var kind = new Argument<string>("kind") { Description = $"The letter: {CaseArguments.Names<LetterKind>()} (as the case's policy offers them)." };
        var fields = new Option<string[]>("--field") { Description = $"A value for a placeholder, key=value (repeatable): {string.Join(", ", LetterPlaceholders.All.Keys.Where(k => !LetterPlaceholders.FromRecords.Contains(k)))}." };
        var command = new Command("letter", "Issue a letter from the school's template; refused, listing them, while any placeholder is unfilled. Prints the letter.") { id, kind, fields };
        var (actAs, database) = CasesCommand.Common(command);
        command.SetAction(parse => CasesCommand.Run(error, () =>
        {
            var letterKind = CaseArguments.Kebab<LetterKind>(parse.GetRequiredValue(kind), "kind");
            var values = CaseArguments.Pairs(parse.GetValue(fields), "--field").ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
            return CaseSession.RunAsync(parse.GetValue(database), parse.GetRequiredValue(actAs), error, async session =>
            {
                var caseId = parse.GetValue(id);
                var result = await IssueLetter.HandleAsync(new IssueLetter.Request(session.Actor, caseId, letterKind, values), session.Cases, session.Letters, session.Organisations,
                    session.Packs, session.Audit, session.Clock, CancellationToken.None).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    CaseErrors.Write(error, $"The {LetterKinds.Name(letterKind)} letter was not issued", result.Errors, LetterOptions);
                    return CaseExit.Refused;
                }

                var letter = result.Letter!;
                output.WriteLine($"Letter {CaseText.N(letter.Id)} issued on case {CaseText.N(caseId)}: {LetterKinds.Name(letter.Kind)}, {letter.PackId} template version {CaseText.N(letter.TemplateVersion)}");
                output.WriteLine();
                output.WriteLine(letter.Text);
                return CaseExit.Ok;
            });
        }));
        return command;
    }

    private static readonly Dictionary<string, string> LetterOptions = new(StringComparer.Ordinal) { [nameof(IssueLetter.Request.Kind)] = "kind" };

    private static PartyKind KindOf(Person? person) => person?.Kind switch
    {
        PersonKind.Pupil => PartyKind.Pupil,
        PersonKind.Parent => PartyKind.Parent,
        PersonKind.Staff => PartyKind.Staff,
        _ => PartyKind.Unknown,
    };

    /// <summary>
    /// A correction's details: the corrected entry's, with each <c>--detail</c> replacing its key and
    /// <c>key=</c> (nothing after it) removing it. Correcting only the note must not drop a flag.
    /// </summary>
    internal static Dictionary<string, string> CarriedOver(IReadOnlyDictionary<string, string>? corrected, IReadOnlyDictionary<string, string> given)
    {
        var details = new Dictionary<string, string>(corrected ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in given)
        {
            if (value.Length == 0)
            {
                details.Remove(key);
            }
            else
            {
                details[key] = value;
            }
        }

        return details;
    }
}
