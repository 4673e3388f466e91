using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Policies;

/// <summary>Resolves what a user types to name a pack: a shipped pack id, or the path of a pack file.</summary>
public static class PackReference
{
    /// <summary>Loads the pack the text names.</summary>
    public static PackLoadResult Resolve(string idOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPath);
        if (BuiltInPacks.Ids.Contains(idOrPath, StringComparer.Ordinal))
        {
            return BuiltInPacks.Load(idOrPath);
        }

        if (File.Exists(idOrPath))
        {
            return PolicyPackLoader.LoadFile(idOrPath);
        }

        return new PackLoadResult
        {
            Errors = [new PackDiagnostic(idOrPath, 1, 1, $"no shipped pack has id '{idOrPath}' and no file exists at that path; shipped packs: {string.Join(", ", BuiltInPacks.Ids)}")],
        };
    }
}
