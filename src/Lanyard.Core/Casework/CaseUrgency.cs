using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>
/// How long a task may wait, by the urgency the pack's routing sets. The packs say "at once",
/// "as soon as possible" or nothing; Lanyard reads them as one hour (someone must act within the
/// school day), one day, and seven days (a school week and its weekend) for the normal course.
/// </summary>
public static class CaseUrgency
{
    /// <summary>The time allowed for a task of this urgency (normal when the pack sets none).</summary>
    public static TimeSpan Allowed(Urgency? urgency) => urgency switch
    {
        Urgency.Immediate => TimeSpan.FromHours(1),
        Urgency.AsSoonAsPossible => TimeSpan.FromDays(1),
        _ => TimeSpan.FromDays(7),
    };
}
