namespace Lanyard.Core.Governance;

/// <summary>Use case: abandon a draft. It stays in the register, readable, as withdrawn.</summary>
public static class WithdrawPolicyDraft
{
    /// <summary>What the user asks.</summary>
    /// <param name="VersionId">The draft.</param>
    /// <param name="ActorPersonId">The signed-in member of staff.</param>
    public sealed record Request(long VersionId, long ActorPersonId);

    /// <summary>The withdrawn version, or why not.</summary>
    /// <param name="Version">The version as stored now; null when refused.</param>
    /// <param name="Errors">Field → message; empty when withdrawn.</param>
    public sealed record Result(PolicyVersion? Version, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and withdraws.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (draft, _, _) = await VersionContext.LoadAsync(request.VersionId, request.ActorPersonId, PolicyVersionStep.Withdraw, today, ports, errors, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return new Result(null, errors);
        }

        await ports.Versions.WithdrawAsync(draft.Id, today, cancellationToken).ConfigureAwait(false);
        return new Result(draft with { Status = PolicyVersionState.Withdrawn, WithdrawnOn = today }, errors);
    }
}
