using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>A case as its full readers see it, with what the procedure allows and needs now.</summary>
/// <param name="File">Everything on the case.</param>
/// <param name="AllowedNow">The steps the procedure allows now (empty when the case's pack is not known).</param>
/// <param name="OpenTasks">The tasks the entries leave open.</param>
/// <param name="MayAct">Whether the reader may take steps.</param>
public sealed record FullCaseView(CaseFile File, IReadOnlyList<CaseStep> AllowedNow, IReadOnlyList<CaseTask> OpenTasks, bool MayAct)
{
    /// <summary>
    /// The pack the case is judged under: the version recorded on it (<see cref="CasePacks"/>); null
    /// when that version cannot be found, and then no step is allowed (<see cref="CasePacks.Unavailable"/> says why).
    /// </summary>
    public PolicyPack? Pack { get; init; }
}
