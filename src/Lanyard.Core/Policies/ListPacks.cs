using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Policies;

/// <summary>Use case: list the packs Lanyard has, one line each (<c>lanyard packs list</c>, the web app's pack index).</summary>
public static class ListPacks
{
    /// <summary>One pack in the list.</summary>
    /// <param name="Id">Pack id.</param>
    /// <param name="Title">Policy title.</param>
    /// <param name="Organisation">Organisation name.</param>
    /// <param name="Level">Level the pack attaches to.</param>
    /// <param name="Version">Policy version.</param>
    /// <param name="NextReview">When the next review is due, or null when the policy sets no cycle or date.</param>
    /// <param name="ClauseCount">Number of clauses.</param>
    /// <param name="WarningCount">Loader warnings (source inconsistencies, governance gaps).</param>
    public sealed record Item(string Id, string Title, string Organisation, OrganisationLevel Level, string Version, PackDate? NextReview, int ClauseCount, int WarningCount);

    /// <summary>Lists the shipped packs.</summary>
    public static IReadOnlyList<Item> Handle() => Handle(BuiltInPacks.LoadAll());

    /// <summary>Lists loaded packs; a result that failed to load is a defect of the caller.</summary>
    public static IReadOnlyList<Item> Handle(IEnumerable<PackLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Select(r =>
        {
            var p = r.Pack ?? throw new ArgumentException("Only packs that loaded can be listed.", nameof(results));
            return new Item(
                p.Id,
                p.Title,
                p.Organisation.Name,
                p.Organisation.Level,
                p.Version,
                p.Review.NextDue(p.Approval.Date),
                p.Clauses.Count,
                r.Warnings.Count);
        })];
    }
}
