using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: replace a draft's YAML with an uploaded pack. The upload is loaded and validated
/// exactly as a shipped pack is; any error refuses it with file, line and column, and nothing is
/// written. It must be the same pack (same id): a different policy is not a new version of this one.
/// The source document's hash is not checked here, because a new version usually has a new document
/// Lanyard does not hold.
/// </summary>
public static class UpdatePolicyDraft
{
    /// <summary>What the user uploads.</summary>
    /// <param name="VersionId">The draft.</param>
    /// <param name="ActorPersonId">The signed-in member of staff.</param>
    /// <param name="Yaml">The whole pack.</param>
    /// <param name="FileName">The uploaded file's name, for diagnostics (e.g. <c>testbourne.yaml</c>).</param>
    public sealed record Request(long VersionId, long ActorPersonId, string? Yaml, string? FileName = null);

    /// <summary>The updated draft, or why the upload was refused.</summary>
    /// <param name="Draft">The draft as stored; null when refused.</param>
    /// <param name="Diagnostics">The loader's errors, each with file, line and column; empty when it loaded.</param>
    /// <param name="Errors">Field → message; empty when stored.</param>
    public sealed record Result(PolicyVersion? Draft, IReadOnlyList<PackDiagnostic> Diagnostics, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and stores the upload.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (draft, _, _) = await VersionContext.LoadAsync(request.VersionId, request.ActorPersonId, PolicyVersionStep.EditDraft, today, ports, errors, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return new Result(null, [], errors);
        }

        return await StoreAsync(draft, request.Yaml, request.FileName, ports, errors, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks <paramref name="yaml"/> as a pack and stores it in <paramref name="draft"/>, which the caller has loaded for editing.</summary>
    internal static async Task<Result> StoreAsync(PolicyVersion draft, string? yaml, string? fileName, GovernancePorts ports, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            errors["yaml"] = "Upload the whole pack as YAML.";
            return new Result(null, [], errors);
        }

        var source = string.IsNullOrWhiteSpace(fileName) ? "upload.yaml" : Path.GetFileName(fileName.Trim());
        var loaded = PolicyPackLoader.LoadText(yaml, source);
        if (loaded.Pack is not { } pack)
        {
            errors["yaml"] = $"The pack does not load ({loaded.Errors.Count} error{(loaded.Errors.Count == 1 ? string.Empty : "s")}); the first: {loaded.Errors[0]}";
            return new Result(null, loaded.Errors, errors);
        }

        if (!string.Equals(pack.Id, draft.PackId, StringComparison.Ordinal))
        {
            errors["yaml"] = $"The uploaded pack's id is '{pack.Id}', but this register holds '{draft.PackId}': a new version keeps the pack id.";
            return new Result(null, [], errors);
        }

        await ports.Versions.UpdateDraftAsync(draft.Id, pack.Version, yaml, cancellationToken).ConfigureAwait(false);
        return new Result(draft with { Version = pack.Version, Yaml = yaml }, [], errors);
    }
}
