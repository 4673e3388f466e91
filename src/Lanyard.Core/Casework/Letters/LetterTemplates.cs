using Lanyard.Core.Organisations;

namespace Lanyard.Core.Casework.Letters;

/// <summary>Which template a school's letter is written from.</summary>
public static class LetterTemplates
{
    /// <summary>
    /// The template in force for <paramref name="kind"/> at a school: the school's latest saved
    /// version; else that of the trust or federation whose pack it follows; else the shipped
    /// default. Null when the pack in force does not offer the letter (or there is no pack).
    /// </summary>
    public static async Task<LetterTemplate?> CurrentAsync(ILetterStore store, SchoolInContext school, LetterKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(school);
        if (school.Pack is not { } pack || LetterKinds.Find(pack, kind) is null)
        {
            return null;
        }

        var owners = new List<long> { school.School.Id };
        if (school.PackFrom is { } from && from.Id != school.School.Id)
        {
            owners.Add(from.Id);
        }

        foreach (var owner in owners)
        {
            if (await store.LatestTemplateAsync(owner, pack.Id, kind, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                return saved;
            }
        }

        return DefaultLetterTemplates.For(pack, kind);
    }
}
