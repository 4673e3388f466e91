using System.Collections.Concurrent;
using Lanyard.Core.Checking.Content;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Checking;

/// <summary>
/// The post checker every host uses: the standard detectors, built once and shared (they are
/// immutable), plus the school-identity detector for the pack's own names.
/// </summary>
public static class StandardPostChecker
{
    private static readonly ConcurrentDictionary<string, PostChecker> ByPack = new(StringComparer.Ordinal);

    private static readonly Lazy<ITextDetector[]> Shared = new(() =>
    [
        new PoliticalCampaigningDetector(),
        new CommercialPromotionDetector(),
        new PersonalDetailsRequestDetector(),
    ]);

    /// <summary>The checker for a pack (cached by pack id and version).</summary>
    public static PostChecker For(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return ByPack.GetOrAdd($"{pack.Id}@{pack.Version}", _ => new PostChecker([.. Shared.Value, SchoolIdentityDetector.ForPack(pack)]));
    }
}
