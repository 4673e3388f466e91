using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>Who a report goes to, and why: the pack's route read against the school's staff present that day.</summary>
/// <param name="Route">What the pack says.</param>
/// <param name="Recipients">The people to notify.</param>
/// <param name="Reasons">Plain-English reasons: absences, roles nobody holds, fallbacks and defaults applied.</param>
/// <param name="FallbackApplied">True when the recipients are not the ones the pack names (its fallback or Lanyard's default).</param>
public sealed record RoutingDecision(PackRoute Route, IReadOnlyList<RoutedRecipient> Recipients, IReadOnlyList<string> Reasons, bool FallbackApplied)
{
    /// <summary>How quickly, from the pack's route.</summary>
    public Urgency? Urgency => Route.Urgency;
}
