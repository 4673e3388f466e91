using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Policies;

/// <summary>Use case: check a pack file a school wrote, without installing it (<c>lanyard packs validate</c>).</summary>
public static class ValidatePack
{
    /// <summary>The verdict on a pack file.</summary>
    /// <param name="File">The file checked.</param>
    /// <param name="Valid">True when the pack loads.</param>
    /// <param name="PackId">The pack id, when it loaded.</param>
    /// <param name="ClauseCount">Clauses in the pack, when it loaded.</param>
    /// <param name="Errors">Errors with line and column.</param>
    /// <param name="Warnings">Warnings with line and column.</param>
    public sealed record Report(string File, bool Valid, string? PackId, int ClauseCount, IReadOnlyList<PackDiagnostic> Errors, IReadOnlyList<PackDiagnostic> Warnings);

    /// <summary>Loads the file and reports.</summary>
    public static Report Handle(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var result = PolicyPackLoader.LoadFile(path);
        return new Report(path, result.Succeeded, result.Pack?.Id, result.Pack?.Clauses.Count ?? 0, result.Errors, result.Warnings);
    }
}
