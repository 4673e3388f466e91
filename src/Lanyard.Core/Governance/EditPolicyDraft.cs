using System.Globalization;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: change a draft in the app without writing YAML: its version label, the wording of a
/// clause, or the review cycle (the governing body agreeing a cycle where the policy set none, St
/// Mary's). Each change is made where the value stands in the draft's YAML
/// (<see cref="PackYamlEdit"/>), and the result is then checked and stored exactly as an upload is
/// (<see cref="UpdatePolicyDraft"/>): who may edit, that the pack still loads, that it is the same
/// pack. Anything refused names its field, and nothing is written.
/// </summary>
public static class EditPolicyDraft
{
    /// <summary>The longest review cycle accepted, in months (ten years).</summary>
    public const int MaxCycleMonths = 120;

    /// <summary>What to change; a value left null is left as it is.</summary>
    /// <param name="VersionId">The draft.</param>
    /// <param name="ActorPersonId">The signed-in member of staff.</param>
    /// <param name="Version">The new version label, e.g. 1.2.0.</param>
    /// <param name="ClauseId">The clause whose wording changes (with <paramref name="Summary"/>).</param>
    /// <param name="Summary">The clause's new wording.</param>
    /// <param name="ReviewCycleMonths">The review cycle in whole months as typed; blank for no cycle.</param>
    public sealed record Request(long VersionId, long ActorPersonId, string? Version = null, string? ClauseId = null, string? Summary = null, string? ReviewCycleMonths = null);

    /// <summary>Checks the changes, applies them to the draft's YAML and stores it as an upload is stored.</summary>
    public static async Task<UpdatePolicyDraft.Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (draft, _, _) = await VersionContext.LoadAsync(request.VersionId, request.ActorPersonId, PolicyVersionStep.EditDraft, GovernanceDay.Today(clock), ports, errors, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return new UpdatePolicyDraft.Result(null, [], errors);
        }

        var yaml = draft.Yaml;
        if (request.Version is { } version)
        {
            yaml = Apply(yaml, "version", string.IsNullOrWhiteSpace(version) ? null : PackYamlEdit.SetVersion(yaml, version.Trim()), "Give the new version its own label, e.g. 1.2.0.", errors);
        }

        if (request.ClauseId is { } clauseId)
        {
            yaml = Apply(yaml, "summary", string.IsNullOrWhiteSpace(request.Summary) ? null : PackYamlEdit.SetClauseSummary(yaml, clauseId, request.Summary.Trim()), $"Give the wording of {clauseId}.", errors);
        }

        if (request.ReviewCycleMonths is { } typed)
        {
            int? months = string.IsNullOrWhiteSpace(typed) ? null
                : int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= MaxCycleMonths ? parsed : -1;
            yaml = Apply(yaml, "reviewCycleMonths", months == -1 ? null : PackYamlEdit.SetReviewCycleMonths(yaml, months),
                $"The review cycle is a whole number of months from 1 to {MaxCycleMonths}, or blank for none.", errors);
        }

        if (errors.Count > 0)
        {
            return new UpdatePolicyDraft.Result(null, [], errors);
        }

        return await UpdatePolicyDraft.StoreAsync(draft, yaml, $"{draft.PackId}.yaml", ports, errors, cancellationToken).ConfigureAwait(false);
    }

    // A null edit means the value given was not acceptable (the message says why); an edit with a
    // problem means the draft has no such place (a clause id not in it, say).
    private static string Apply(string yaml, string field, PackYamlEdit.Edited? edit, string invalid, Dictionary<string, string> errors)
    {
        if (edit is null)
        {
            errors[field] = invalid;
            return yaml;
        }

        if (edit.Yaml is null)
        {
            errors[field] = $"Cannot change it: {edit.Problem}.";
            return yaml;
        }

        return edit.Yaml;
    }
}
