using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;

namespace Lanyard.Cli.Checking;

/// <summary>
/// <c>lanyard check</c>: screen a draft (or a JSONL batch) against a pack. Exit codes: 0 allow,
/// 1 warn or flag, 2 hold, 3 block; 64 usage error, 65 bad input data, 66 a file cannot be read.
/// </summary>
internal static class CheckCommand
{
    public const int UsageError = 64;
    public const int DataError = 65;
    public const int CannotOpen = 66;

    public static Command Create(TextWriter output, TextWriter error, TextReader input)
    {
        var pack = new Option<string>("--pack") { Description = "The pack id (or a pack file) whose rules decide the verdict.", Required = true };
        var roster = new Option<string?>("--roster") { Description = "Pupil roster CSV (mis_id, first_name, preferred_name, last_name, year_group)." };
        var consent = new Option<string?>("--consent") { Description = "Consent CSV (mis_id, school_year, photo, name, never_publish)." };
        var channel = new Option<string>("--channel") { Description = "school (a registered school account) or personal.", DefaultValueFactory = _ => "school" };
        channel.AcceptOnlyFromAmong("school", "personal");
        var author = new Option<string>("--author") { Description = "Who posts: staff, governors, parents, pupils.", DefaultValueFactory = _ => "staff" };
        author.AcceptOnlyFromAmong("staff", "governors", "parents", "pupils", "volunteers", "contractors");
        var photos = new Option<string[]>("--photo") { Description = "A photo to attach; repeat --photo for more." };
        var showPupils = new Option<bool>("--photos-show-pupils") { Description = "Say that the attached photos show pupils." };
        var tags = new Option<string[]>("--tag") { Description = "A person tagged; repeat --tag for more." };
        var staff = new Option<string[]>("--staff") { Description = "A member of staff's name as written in posts (e.g. \"Mrs Jones\"); repeat --staff for more." };
        var audience = new Option<string>("--audience") { Description = "public, or dm for a private message.", DefaultValueFactory = _ => "public" };
        audience.AcceptOnlyFromAmong("public", "dm");
        var recipient = new Option<string?>("--recipient") { Description = "For a dm: who receives it (pupils, parents, staff)." };
        recipient.AcceptOnlyFromAmong("pupils", "parents", "staff");
        var at = new Option<string?>("--at") { Description = "When the post goes out, local time (yyyy-MM-ddTHH:mm), for lesson-time rules." };
        var lessons = new Option<string?>("--lessons") { Description = "The author's lesson times, e.g. \"Mon-Fri 09:00-10:30,10:45-12:15,13:15-15:00\"." };
        var today = new Option<string?>("--today") { Description = "The date to judge consent against (yyyy-MM-dd); default today." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var batch = new Option<string?>("--batch") { Description = "A JSONL file of drafts: {\"id\", \"text\", \"channel\"?, \"photos\"?, \"tags\"?} per line." };
        var outFile = new Option<string?>("--out") { Description = "With --batch: where to write one result per line." };
        var text = new Argument<string?>("text") { Description = "The draft text, or - to read it from standard input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "Screen a draft post against a school's pack: verdict, findings, clause ids.")
        {
            pack, roster, consent, channel, author, photos, showPupils, tags, staff, audience, recipient, at, lessons, today, json, batch, outFile, text,
        };

        command.SetAction(parse =>
        {
            var loaded = PackReference.Resolve(parse.GetRequiredValue(pack));
            if (!loaded.Succeeded)
            {
                foreach (var e in loaded.Errors)
                {
                    error.WriteLine($"{e}");
                }

                return UsageError;
            }

            CheckContext context;
            try
            {
                context = new CheckContext
                {
                    Pack = loaded.Pack!,
                    Today = ParseToday(parse.GetValue(today)),
                    Roster = parse.GetValue(roster) is { } r ? ReadCsv(r, RosterCsv.Read) : [],
                    Consent = parse.GetValue(consent) is { } c ? new ConsentRegister(ReadCsv(c, ConsentCsv.Read)) : ConsentRegister.Empty,
                    StaffNames = parse.GetValue(staff) ?? [],
                    LessonTimes = parse.GetValue(lessons) is { } timetable ? ParseTimetable(timetable) : [],
                };
            }
            catch (CliInputException ex)
            {
                error.WriteLine(ex.Message);
                return ex.ExitCode;
            }

            var checker = StandardPostChecker.For(context.Pack);
            var postChannel = parse.GetValue(channel) == "personal" ? PostChannel.PersonalAccount : PostChannel.SchoolAccount;
            var authorRole = Enum.Parse<Role>(parse.GetValue(author)!, ignoreCase: true);
            if (parse.GetValue(batch) is { } batchPath)
            {
                return parse.GetValue(outFile) is { } outPath
                    ? BatchCheck.Run(checker, context, batchPath, outPath, postChannel, authorRole, error)
                    : Usage(error, "--batch needs --out: where to write the results.");
            }

            var draftText = parse.GetValue(text);
            if (draftText is null)
            {
                return Usage(error, "Give the draft text, or - to read it from standard input (or use --batch).");
            }

            try
            {
                var draft = new Draft
                {
                    Text = draftText == "-" ? input.ReadToEnd() : draftText,
                    Channel = postChannel,
                    AuthorRole = authorRole,
                    Photos = [.. (parse.GetValue(photos) ?? []).Select(ReadPhoto)],
                    PhotosShowPupils = parse.GetValue(showPupils) ? true : null,
                    Tags = parse.GetValue(tags) ?? [],
                    Audience = parse.GetValue(audience) == "dm" ? Audience.DirectMessage : Audience.Public,
                    RecipientRole = parse.GetValue(recipient) is { } who ? Enum.Parse<Role>(who, ignoreCase: true) : null,
                    PostedAt = parse.GetValue(at) is { } when ? ParseAt(when) : null,
                };
                var result = checker.Check(draft, context);
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(result, LanyardJson.Options));
                }
                else
                {
                    CheckText.Write(output, result, draft.Text);
                }

                return ExitCodeOf(result.Verdict);
            }
            catch (CliInputException ex)
            {
                error.WriteLine(ex.Message);
                return ex.ExitCode;
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message);
                return DataError;
            }
        });
        return command;
    }

    public static int ExitCodeOf(Verdict verdict) => verdict switch
    {
        Verdict.Allow => 0,
        Verdict.Warn or Verdict.Flag => 1,
        Verdict.Hold => 2,
        _ => 3,
    };

    internal static PhotoAttachment ReadPhoto(string path)
    {
        try
        {
            return new PhotoAttachment(Path.GetFileName(path), File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(CannotOpen, $"{path}: cannot read the photo: {ex.Message}");
        }
    }

    private static T ReadCsv<T>(string path, Func<TextReader, T> read)
    {
        try
        {
            using var reader = new StreamReader(path);
            return read(reader);
        }
        catch (CsvFormatException ex)
        {
            throw new CliInputException(DataError, $"{path}: {ex.Message}; nothing from the file was used.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(CannotOpen, $"{path}: cannot read the file: {ex.Message}");
        }
    }

    private static DateOnly ParseToday(string? text)
    {
        if (text is null)
        {
            return UkTime.Today(TimeProvider.System);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliInputException(UsageError, $"--today '{text}' is not a date written yyyy-MM-dd.");
    }

    private static IReadOnlyList<LessonPeriod> ParseTimetable(string text)
    {
        try
        {
            return LessonPeriod.ParseTimetable(text);
        }
        catch (FormatException ex)
        {
            throw new CliInputException(UsageError, $"--lessons: {ex.Message}");
        }
    }

    private static DateTime ParseAt(string text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)
            ? when
            : throw new CliInputException(UsageError, $"--at '{text}' is not a time written yyyy-MM-ddTHH:mm.");

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine(message);
        return UsageError;
    }
}
