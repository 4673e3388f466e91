using System.Collections.Concurrent;
using Lanyard.Core.Checking.Content;
using Lanyard.Core.Checking.Language;
using Lanyard.Core.Checking.Language.Classifier;
using Lanyard.Core.Checking.Links;
using Lanyard.Core.Checking.PersonalData;
using Lanyard.Core.Checking.Photos;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Checking;

/// <summary>
/// The post checker every host uses: the standard detectors, built once and shared (they are
/// immutable), plus the school-identity detector for the pack's own names.
/// </summary>
public static class StandardPostChecker
{
    private static readonly ConcurrentDictionary<string, PostChecker> ByPack = new(StringComparer.Ordinal);

    private static readonly Lazy<OffensiveTextClassifier> Classifier = new(() => new OffensiveTextClassifier());

    private static readonly Lazy<ITextDetector[]> Shared = new(() =>
    [
        new PersonalDataDetector(),
        new PoliticalCampaigningDetector(),
        new CommercialPromotionDetector(),
        new PersonalDetailsRequestDetector(),
        new LinkDetector(),
        new OffensiveLanguageDetector(),
    ]);

    /// <summary>The checker for a pack (cached by pack id and version).</summary>
    public static PostChecker For(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return ByPack.GetOrAdd($"{pack.Id}@{pack.Version}", _ => new PostChecker([.. Shared.Value, SchoolIdentityDetector.ForPack(pack)], PhotoMetadataInspector.Inspect, Classifier.Value));
    }
}
