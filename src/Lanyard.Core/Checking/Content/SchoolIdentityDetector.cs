using System.Text.RegularExpressions;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Checking.Content;

/// <summary>
/// The school named in a post: its full name, its name without "Primary School" and the like,
/// and its initials (TCS for Testbourne Community School). The pack decides whether that matters
/// (Chapmanslade: a personal account must not associate itself with the school).
/// </summary>
public sealed class SchoolIdentityDetector : PhraseDetector
{
    private static readonly string[] InstitutionWords =
        ["Catholic Primary School", "Primary School", "Community School", "Secondary School", "Learning Trust", "School", "Academy", "Trust"];

    /// <summary>A detector for the given names.</summary>
    public SchoolIdentityDetector(IEnumerable<string> names)
        : base(PatternFor(names), FindingCategory.SchoolIdentity, "Names or associates the post with the school")
    {
    }

    /// <inheritdoc />
    public override string Name => "school-identity";

    /// <summary>A detector for the pack's organisation and member schools, with their usual short forms.</summary>
    public static SchoolIdentityDetector ForPack(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new SchoolIdentityDetector(NamesOf([pack.Organisation.Name, .. pack.Organisation.MemberSchools]));
    }

    /// <summary>Every name and short form worth looking for.</summary>
    public static IReadOnlyList<string> NamesOf(IEnumerable<string> organisations)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var full in organisations.Select(o => o.Trim()).Where(o => o.Length > 0))
        {
            var name = full.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? full[4..] : full;
            names.Add(name);
            var suffix = InstitutionWords.FirstOrDefault(w => name.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase));
            if (suffix is not null && name.Length > suffix.Length + 3)
            {
                // "Heathcoat Primary School" → "Heathcoat"; a bare "St Mary's" is too common to count alone.
                var shortName = name[..^(suffix.Length + 1)];
                if (!shortName.StartsWith("St ", StringComparison.OrdinalIgnoreCase) && shortName.Length >= 5)
                {
                    names.Add(shortName);
                }
            }

            var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (initials.Length >= 3 && !name.StartsWith("Federation", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(initials);
            }
        }

        return [.. names.OrderByDescending(n => n.Length)];
    }

    private static string PatternFor(IEnumerable<string> names)
    {
        var alternatives = names.Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal)).ToList();
        return alternatives.Count == 0 ? @"(?!)" : @"\b(" + string.Join('|', alternatives) + @")\b";
    }
}
