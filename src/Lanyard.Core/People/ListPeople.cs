using System.Globalization;
using Lanyard.Core.Users;

namespace Lanyard.Core.People;

/// <summary>
/// Use case: a school's people register as its staff read it: staff with their roles, pupils on roll,
/// pupils who have left, and parents with their children, optionally narrowed by a search. Every
/// word of the search must appear somewhere in a person's record (name, preferred name, email, MIS
/// id, year group, department or role; for a parent, a child's name too), ignoring case and accents,
/// so "zoe okafor" finds Zoë Okafor and "year 7" every pupil in Year 7.
/// </summary>
public static class ListPeople
{
    /// <summary>The longest search kept; anything longer is cut, not refused.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="Search">Words to look for; null or blank for everyone.</param>
    /// <param name="Today">Today, which decides who is on roll and who has left.</param>
    public sealed record Request(long OrganisationId, string? Search, DateOnly Today);

    /// <summary>A person linked to another, with how (e.g. a child and "mother").</summary>
    /// <param name="Person">The linked person.</param>
    /// <param name="Relationship">As the MIS records it.</param>
    public sealed record Link(Person Person, string Relationship);

    /// <summary>A parent or carer and the pupils they are linked to.</summary>
    /// <param name="Parent">The parent.</param>
    /// <param name="Children">Their children in this school, with the relationship.</param>
    public sealed record ParentEntry(Person Parent, IReadOnlyList<Link> Children);

    /// <summary>How many people are in each part of the register.</summary>
    /// <param name="Staff">Members of staff.</param>
    /// <param name="OnRoll">Pupils on roll (including those due to join).</param>
    /// <param name="Leavers">Pupils who have left.</param>
    /// <param name="Parents">Parents and carers.</param>
    public sealed record Counts(int Staff, int OnRoll, int Leavers, int Parents)
    {
        /// <summary>Everyone.</summary>
        public int Total => Staff + OnRoll + Leavers + Parents;
    }

    /// <summary>The register, or the part of it that matches the search.</summary>
    /// <param name="Search">The search applied (trimmed), or null.</param>
    /// <param name="Staff">Staff, by surname.</param>
    /// <param name="OnRoll">Pupils on roll, by surname.</param>
    /// <param name="Leavers">Pupils who have left, most recent leaver first.</param>
    /// <param name="Parents">Parents with their children, by surname.</param>
    /// <param name="InRegister">Counts for the whole register.</param>
    public sealed record Result(string? Search, IReadOnlyList<Person> Staff, IReadOnlyList<Person> OnRoll, IReadOnlyList<Person> Leavers, IReadOnlyList<ParentEntry> Parents, Counts InRegister)
    {
        /// <summary>Counts for what is shown.</summary>
        public Counts Shown => new(Staff.Count, OnRoll.Count, Leavers.Count, Parents.Count);
    }

    /// <summary>Reads the register and applies the search.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var everyone = await register.ListAsync(request.OrganisationId, null, cancellationToken).ConfigureAwait(false);
        var links = await register.ParentLinksAsync(request.OrganisationId, cancellationToken).ConfigureAwait(false);
        var byId = everyone.ToDictionary(p => p.Id);
        var staff = everyone.Where(p => p.Kind == PersonKind.Staff).ToList();
        var pupils = everyone.Where(p => p.Kind == PersonKind.Pupil).ToList();
        var onRoll = pupils.Where(p => !HasLeft(p, request.Today)).ToList();
        var leavers = pupils.Where(p => HasLeft(p, request.Today)).OrderByDescending(p => p.LeavingDate).ToList();
        var parents = everyone.Where(p => p.Kind == PersonKind.Parent)
            .Select(p => new ParentEntry(p, [.. links.Where(l => l.ParentId == p.Id && byId.ContainsKey(l.PupilId)).Select(l => new Link(byId[l.PupilId], l.Relationship))]))
            .ToList();
        var all = new Counts(staff.Count, onRoll.Count, leavers.Count, parents.Count);

        var search = Normalise(request.Search);
        if (search is null)
        {
            return new Result(null, staff, onRoll, leavers, parents, all);
        }

        var words = search.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new Result(
            search,
            [.. staff.Where(p => Matches(words, Fields(p)))],
            [.. onRoll.Where(p => Matches(words, Fields(p)))],
            [.. leavers.Where(p => Matches(words, Fields(p)))],
            [.. parents.Where(e => Matches(words, Fields(e.Parent).Concat(e.Children.SelectMany(c => Fields(c.Person)))))],
            all);
    }

    /// <summary>A pupil who has left by <paramref name="today"/> (a leaving date today or later is still on roll).</summary>
    public static bool HasLeft(Person pupil, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        return pupil.LeavingDate is { } left && left < today;
    }

    private static string? Normalise(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var trimmed = string.Join(' ', search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length > MaxSearchLength ? trimmed[..MaxSearchLength].TrimEnd() : trimmed;
    }

    private static IEnumerable<string?> Fields(Person p)
    {
        yield return p.GivenName;
        yield return p.PreferredName;
        yield return p.FamilyName;
        yield return p.Email;
        yield return p.MisId;
        yield return p.YearGroup;
        yield return p.Department;
        foreach (var role in p.Roles)
        {
            yield return StaffRoleNames.DisplayName(role);
        }
    }

    private static bool Matches(string[] words, IEnumerable<string?> fields)
    {
        var values = fields.OfType<string>().ToList();
        return words.All(word => values.Any(value => CultureInfo.InvariantCulture.CompareInfo.IndexOf(value, word, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0));
    }
}
