using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>
/// What a pack asks staff to note when they capture a screenshot. The pack format has no parameter
/// for this yet, so the rules are keyed by the clause that states them: a pack that carries the
/// clause gets the warning, and a pack without one gets none (its silence is not another pack's rule).
/// </summary>
internal static class EvidenceCaptureRules
{
    /// <summary>A clause asking for screenshots to carry their address and/or their time.</summary>
    /// <param name="Clause">The clause id.</param>
    /// <param name="NeedsUrl">The clause asks for the site address.</param>
    /// <param name="NeedsTime">The clause asks for the time and date.</param>
    internal sealed record CaptureClause(string Clause, bool NeedsUrl, bool NeedsTime);

    private static readonly CaptureClause[] Known =
    [
        // "take screen prints and note the time, date and site address"
        new("cambrian.cyberbullying.04", NeedsUrl: true, NeedsTime: true),

        // "screen prints of messages or web pages, with time and date recorded"
        new("st-marys-sefton.app1.04", NeedsUrl: false, NeedsTime: true),
    ];

    /// <summary>The capture clauses <paramref name="pack"/> carries (none when the pack is unknown).</summary>
    public static IReadOnlyList<CaptureClause> Of(PolicyPack? pack) =>
        pack is null ? [] : [.. Known.Where(k => pack.FindClause(k.Clause) is { Withdrawn: false })];
}
