using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// One rule of the post check: findings of these categories, on these channels, by these
/// authors, break this clause and get this verdict. Categories match exactly
/// (<c>personal-data.phone</c>) or by prefix with a trailing <c>*</c> (<c>personal-data.*</c>).
/// </summary>
public sealed record ContentCheckRule
{
    /// <summary>Finding categories the rule covers.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The verdict when the rule applies.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The clause cited.</summary>
    public required string Clause { get; init; }

    /// <summary>Channels it applies on; empty means every channel.</summary>
    public IReadOnlyList<PostChannel> Channels { get; init; } = [];

    /// <summary>Authors it binds; empty means everyone the pack binds.</summary>
    public IReadOnlyList<Role> AuthorRoles { get; init; } = [];

    /// <summary>
    /// The rule applies only when the same post also has a detection of one of these categories
    /// (Testbourne 5d.01: naming the school is a breach when the post is also offensive). Empty: always.
    /// </summary>
    public IReadOnlyList<string> RequiresAlso { get; init; } = [];

    /// <summary>True when a category matches this rule.</summary>
    public bool Covers(string category) => Matches(Categories, category);

    /// <summary>True when the rule has no companion condition or one of the post's categories meets it.</summary>
    public bool CompanionsMet(IEnumerable<string> postCategories)
    {
        ArgumentNullException.ThrowIfNull(postCategories);
        return RequiresAlso.Count == 0 || postCategories.Any(c => Matches(RequiresAlso, c));
    }

    private static bool Matches(IReadOnlyList<string> patterns, string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        foreach (var pattern in patterns)
        {
            if (pattern.EndsWith('*')
                ? category.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
                : string.Equals(pattern, category, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
