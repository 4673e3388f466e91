using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Casework;

/// <summary>The pack a case is judged under, as recorded on the case.</summary>
internal static class CasePacks
{
    /// <summary>The shipped pack the case names; null for a pack Lanyard does not ship (then no pack-specific rule applies).</summary>
    public static PolicyPack? Of(CaseRecord record) =>
        BuiltInPacks.Ids.Contains(record.PackId, StringComparer.Ordinal) ? BuiltInPacks.Get(record.PackId) : null;
}
