using System.Globalization;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Web.Pages.Connections;

/// <summary>
/// Finds the other person of a connection question in the school's register by name: pupils on
/// roll and former pupils, parents and carers, and staff (the school's own and its trust's or
/// federation's central staff, as the check counts them). Each match says what the person is to the
/// school, so two people with one name can be told apart, and nothing more: no date of birth, no
/// email, because the asker needs only to recognise them.
/// </summary>
internal static class RegisterSearch
{
    /// <summary>The most matches a search shows; a longer list means the name should be narrowed.</summary>
    public const int MaximumMatches = 25;

    /// <summary>One match.</summary>
    /// <param name="PersonId">The register id the form posts.</param>
    /// <param name="Name">The name they go by.</param>
    /// <param name="Description">What they are to the school: "pupil, Year 6", "former pupil, left in July 2025", "parent of Amelia Hughes", "staff".</param>
    public sealed record Match(long PersonId, string Name, string Description);

    /// <summary>
    /// The people whose names contain every word of <paramref name="query"/>, by family then given
    /// name, leaving out <paramref name="excludedId"/> (the asker) and always including
    /// <paramref name="includedId"/> (a person already chosen) when they belong to the school.
    /// </summary>
    public static async Task<IReadOnlyList<Match>> FindAsync(
        Organisation school, string? query, long? excludedId, long? includedId, DateOnly today, IPeopleRegister people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(people);
        var words = (query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 && includedId is null)
        {
            return [];
        }

        var everyone = (await people.ListAsync(school.Id, null, cancellationToken)).ToList();
        if (school.ParentId is { } parent)
        {
            everyone.AddRange(await people.ListAsync(parent, PersonKind.Staff, cancellationToken));
        }

        var byId = everyone.ToDictionary(p => p.Id);
        var links = await people.ParentLinksAsync(school.Id, cancellationToken);
        var childrenOf = links.ToLookup(l => l.ParentId, l => l.PupilId);

        bool Matches(Person person) =>
            words.Length > 0 && words.All(word =>
                person.GivenName.Contains(word, StringComparison.CurrentCultureIgnoreCase)
                || person.FamilyName.Contains(word, StringComparison.CurrentCultureIgnoreCase)
                || (person.PreferredName?.Contains(word, StringComparison.CurrentCultureIgnoreCase) ?? false));

        string Describe(Person person) => person.Kind switch
        {
            PersonKind.Pupil when person.LeavingDate is { } left && left < today => string.Create(CultureInfo.InvariantCulture, $"former pupil, left in {left:MMMM yyyy}"),
            PersonKind.Pupil => person.YearGroup is { } year ? $"pupil, {year}" : "pupil",
            PersonKind.Parent when childrenOf[person.Id].Select(id => byId.GetValueOrDefault(id)?.DisplayName).OfType<string>().ToList() is { Count: > 0 } children
                => "parent or carer of " + string.Join(", ", children),
            PersonKind.Parent => "parent or carer",
            _ => person.OrganisationId == school.Id ? "staff" : "trust or federation staff",
        };

        // The person already chosen stays first, so a narrower search never drops the choice.
        return [.. everyone
            .Where(p => p.Id != excludedId && (p.Id == includedId || Matches(p)))
            .OrderBy(p => p.Id == includedId ? 0 : 1)
            .ThenBy(p => p.FamilyName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.PreferredName ?? p.GivenName, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaximumMatches)
            .Select(p => new Match(p.Id, p.DisplayName, Describe(p)))];
    }
}
