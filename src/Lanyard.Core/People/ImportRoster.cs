using Lanyard.Core.Checking.Pupils;

namespace Lanyard.Core.People;

/// <summary>
/// Use case: import a school's pupil roster from an MIS export. All or nothing: the whole file is read
/// and checked before anything is written, so a bad row names its line, column and problem and the
/// register is untouched. Re-importing updates pupils by MIS id and reports who was added, who
/// changed (and what), and who is in the register but not in the file ("left"); those are marked as
/// having left only when the caller says the file is the whole roll.
/// </summary>
public static class ImportRoster
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="Csv">The file's text.</param>
    /// <param name="Today">Today, from the injected clock.</param>
    /// <param name="WholeRoll">The file lists every pupil on roll, so those missing from it have left (their leaving date is set to today).</param>
    public sealed record Request(long OrganisationId, string Csv, DateOnly Today, bool WholeRoll);

    /// <summary>A pupil whose record changed, and how.</summary>
    /// <param name="MisId">MIS id.</param>
    /// <param name="Name">Display name.</param>
    /// <param name="Changes">Each change, e.g. "year group: Year 6 → Year 7".</param>
    public sealed record Change(string MisId, string Name, IReadOnlyList<string> Changes);

    /// <summary>The outcome: what the import did, or the one problem that stopped it.</summary>
    /// <param name="Error">The problem (with line and column) when nothing was imported.</param>
    /// <param name="Added">Pupils added.</param>
    /// <param name="Changed">Pupils whose record changed.</param>
    /// <param name="Unchanged">How many pupils were already up to date.</param>
    /// <param name="Left">Pupils in the register and on roll but not in the file.</param>
    /// <param name="MarkedAsLeft">Whether those were marked as having left today.</param>
    public sealed record Result(CsvFormatException? Error, IReadOnlyList<Person> Added, IReadOnlyList<Change> Changed, int Unchanged, IReadOnlyList<Person> Left, bool MarkedAsLeft)
    {
        /// <summary>True when the file was imported.</summary>
        public bool Succeeded => Error is null;
    }

    /// <summary>Reads, compares and writes.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        IReadOnlyList<RosterFile.Row> rows;
        try
        {
            using var reader = new StringReader(request.Csv);
            rows = RosterFile.Read(reader, request.Today);
        }
        catch (CsvFormatException ex)
        {
            return new Result(ex, [], [], 0, [], false);
        }

        var existing = (await register.ListAsync(request.OrganisationId, PersonKind.Pupil, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.MisId!, StringComparer.OrdinalIgnoreCase);
        var added = new List<Person>();
        var changed = new List<Change>();
        var unchanged = 0;
        var inFile = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            inFile.Add(row.MisId);
            if (!existing.TryGetValue(row.MisId, out var current))
            {
                var person = new Person
                {
                    OrganisationId = request.OrganisationId,
                    Kind = PersonKind.Pupil,
                    MisId = row.MisId,
                    GivenName = row.GivenName,
                    PreferredName = row.PreferredName,
                    FamilyName = row.FamilyName,
                    DateOfBirth = row.DateOfBirth,
                    YearGroup = row.YearGroup,
                    StartDate = row.StartDate,
                    LeavingDate = row.LeavingDate,
                };
                var id = await register.AddAsync(person, cancellationToken).ConfigureAwait(false);
                added.Add(person with { Id = id });
                continue;
            }

            // A column the file does not carry (null) never erases what the register knows.
            var updated = current with
            {
                GivenName = row.GivenName,
                PreferredName = row.PreferredName,
                FamilyName = row.FamilyName,
                DateOfBirth = row.DateOfBirth ?? current.DateOfBirth,
                YearGroup = row.YearGroup ?? current.YearGroup,
                StartDate = row.StartDate ?? current.StartDate,
                LeavingDate = row.LeavingDate ?? current.LeavingDate,
            };
            var differences = Differences(current, updated);
            if (differences.Count == 0)
            {
                unchanged++;
                continue;
            }

            await register.UpdateAsync(updated, cancellationToken).ConfigureAwait(false);
            changed.Add(new Change(updated.MisId!, updated.DisplayName, differences));
        }

        var left = existing.Values
            .Where(p => !inFile.Contains(p.MisId!) && p.LeavingDate is null)
            .OrderBy(p => p.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.GivenName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        if (request.WholeRoll)
        {
            foreach (var pupil in left)
            {
                var leaving = pupil.StartDate is { } start && start > request.Today ? start : request.Today;
                await register.UpdateAsync(pupil with { LeavingDate = leaving }, cancellationToken).ConfigureAwait(false);
            }
        }

        return new Result(null, added, changed, unchanged, left, request.WholeRoll && left.Count > 0);
    }

    private static List<string> Differences(Person before, Person after)
    {
        var changes = new List<string>();
        void Compare<T>(string label, T old, T @new)
        {
            if (!EqualityComparer<T>.Default.Equals(old, @new))
            {
                changes.Add($"{label}: {Show(old)} → {Show(@new)}");
            }
        }

        Compare("first name", before.GivenName, after.GivenName);
        Compare("preferred name", before.PreferredName, after.PreferredName);
        Compare("surname", before.FamilyName, after.FamilyName);
        Compare("date of birth", before.DateOfBirth, after.DateOfBirth);
        Compare("year group", before.YearGroup, after.YearGroup);
        Compare("admission date", before.StartDate, after.StartDate);
        Compare("leaving date", before.LeavingDate, after.LeavingDate);
        return changes;
    }

    private static string Show<T>(T value) => value switch
    {
        null => "(none)",
        DateOnly date => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "(none)",
    };
}
