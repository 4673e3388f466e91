using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.People;

/// <summary>
/// Roster import from an MIS export: all or nothing through <see cref="ImportRoster"/>. A refused file
/// comes back with its line, column and problem, and the line itself; nothing is written.
/// <para>
/// The file limit is checked here rather than by a request size limit on the page: a request over
/// such a limit fails while the anti-forgery check reads the form, before this page can say what
/// went wrong. Kestrel's own limit on any request (about 28 MB) still stops a truly huge upload.
/// </para>
/// </summary>
internal sealed class ImportModel(IOrganisationRegister organisations, IPeopleRegister people, TimeProvider clock) : PageModel
{
    /// <summary>The largest file accepted: 5 MB is some 50,000 pupils, far beyond any school's roll.</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The school the roster belongs to.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>What the import did, or why it stopped; null before a file is sent.</summary>
    public ImportRoster.Result? Result { get; private set; }

    /// <summary>The line of the file the problem is on, as text, when there is one.</summary>
    public string? ProblemLine { get; private set; }

    /// <summary>The file's header line, shown above the problem line so the column can be read off.</summary>
    public string? HeaderLine { get; private set; }

    /// <summary>
    /// The problem line cut in three around the value at fault (from its column to the next comma, or
    /// its closing quote), so the page can mark it; long lines are cut to a window around it.
    /// </summary>
    public (string Before, string Value, string After)? ProblemParts =>
        ProblemLine is { } line && Result?.Error is { Column: > 0 } error ? Split(line, error.Column) : null;

    /// <summary>The name of the file sent (not stored anywhere).</summary>
    public string? FileName { get; private set; }

    /// <summary>The encoding the file was read in.</summary>
    public string? Encoding { get; private set; }

    /// <summary>A problem with the upload itself (no file, too large), before the roster is read.</summary>
    public string? UploadError { get; private set; }

    /// <summary>Whether the file was said to be the whole roll.</summary>
    public bool WholeRoll { get; private set; }

    /// <summary>GET /people/import?school=.</summary>
    public async Task<IActionResult> OnGetAsync(long? school, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, school, organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        Scope = scope;
        return Page();
    }

    /// <summary>POST /people/import?school=: read the file and import it, all or nothing.</summary>
    public async Task<IActionResult> OnPostAsync(long? school, IFormFile? roster, bool wholeRoll, CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, school, organisations, cancellationToken) is not { } scope)
        {
            return NotFound();
        }

        Scope = scope;
        WholeRoll = wholeRoll;
        if (roster is null || roster.Length == 0)
        {
            UploadError = roster is null ? "Choose the CSV file to import." : "The file is empty. Export the roster from the MIS again and choose that file.";
            return Page();
        }

        FileName = Path.GetFileName(roster.FileName);
        if (roster.Length > MaxFileBytes)
        {
            UploadError = $"The file is {roster.Length / (1024.0 * 1024.0):0.0} MB; the largest roster accepted is {MaxFileBytes / (1024 * 1024)} MB. Export only the columns listed below.";
            return Page();
        }

        byte[] bytes;
        await using (var stream = roster.OpenReadStream())
        {
            using var buffer = new MemoryStream((int)roster.Length);
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var text = RosterFileText.Decode(bytes);
        Encoding = text.Encoding;
        var today = UkTime.Today(clock);
        Result = await ImportRoster.HandleAsync(new ImportRoster.Request(scope.School.Id, text.Text, today, wholeRoll), people, cancellationToken);
        if (Result.Error is { Line: > 0 } error)
        {
            var lines = text.Text.Split('\n');
            HeaderLine = lines[0].TrimEnd('\r');
            ProblemLine = error.Line <= lines.Length && error.Line > 1 ? lines[error.Line - 1].TrimEnd('\r') : null;
        }

        return Page();
    }

    private static (string Before, string Value, string After) Split(string line, int column)
    {
        const int Window = 120;
        var start = Math.Min(column - 1, line.Length);
        var end = start;
        if (end < line.Length && line[end] == '"')
        {
            var close = line.IndexOf('"', end + 1);
            end = close < 0 ? line.Length : close + 1;
        }
        else
        {
            var comma = line.IndexOf(',', end);
            end = comma < 0 ? line.Length : comma;
        }

        var before = line[..start];
        var after = line[end..];
        if (before.Length > Window)
        {
            before = "…" + before[^Window..];
        }

        if (after.Length > Window)
        {
            after = after[..Window] + "…";
        }

        var value = end - start > Window ? line[start..(start + Window)] + "…" : line[start..end];
        return (before, value, after);
    }
}
