using Lanyard.Core.Organisations;

namespace Lanyard.Core.Casework;

/// <summary>
/// Reads a case only as far as the actor may: every use case that opens a case by id goes through
/// here, so a case the actor may not read is indistinguishable from one that does not exist.
/// </summary>
internal static class CaseScope
{
    /// <summary>The case and the actor's level on it; null when there is no case or the actor may not see it at <paramref name="atLeast"/>.</summary>
    public static async Task<(CaseFile File, CaseAccessLevel Level)?> OpenAsync(
        CaseActor actor, long caseId, CaseAccessLevel atLeast, ICaseStore cases, IOrganisationRegister organisations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } file)
        {
            return null;
        }

        var level = CaseAccess.LevelFor(actor, file, await SchoolIdsAsync(actor, organisations, cancellationToken).ConfigureAwait(false));
        return level >= atLeast ? (file, level) : null;
    }

    /// <summary>The ids of the schools the actor acts for (their own, or their trust's or federation's schools).</summary>
    public static async Task<IReadOnlyList<long>> SchoolIdsAsync(CaseActor actor, IOrganisationRegister organisations, CancellationToken cancellationToken) =>
        [.. (await SchoolsInScope.HandleAsync(actor.OrganisationId, organisations, cancellationToken).ConfigureAwait(false)).Select(s => s.Id)];
}
