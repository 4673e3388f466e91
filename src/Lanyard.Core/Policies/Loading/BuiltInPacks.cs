using System.Collections.Concurrent;
using System.Reflection;

namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// The five packs Lanyard ships, embedded in this assembly together with their source documents,
/// so they load on a machine that has nothing but Lanyard.
/// </summary>
public static class BuiltInPacks
{
    private const string PackPrefix = "Lanyard.Policies.";
    private const string SourcePrefix = "Lanyard.Policies.Sources.";
    private static readonly Assembly Assembly = typeof(BuiltInPacks).Assembly;
    private static readonly ConcurrentDictionary<string, PackLoadResult> Cache = new(StringComparer.Ordinal);

    /// <summary>The shipped pack ids, in the order of the clause inventory.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["chapmanslade", "testbourne", "cambrian", "st-marys-sefton", "heathcoat"];

    /// <summary>Loads (once) and returns the load result of a shipped pack.</summary>
    /// <exception cref="ArgumentException">No shipped pack has that id.</exception>
    public static PackLoadResult Load(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Ids.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No shipped pack has id '{id}'; shipped packs: {string.Join(", ", Ids)}.", nameof(id));
        }

        return Cache.GetOrAdd(id, static key =>
        {
            using var stream = Assembly.GetManifestResourceStream(PackPrefix + key + ".yaml")
                ?? throw new InvalidOperationException($"The embedded pack '{key}' is missing from {Assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return PolicyPackLoader.LoadText(reader.ReadToEnd(), $"policies/{key}.yaml", OpenSourceDocument);
        });
    }

    /// <summary>A shipped pack that loaded without errors.</summary>
    /// <exception cref="InvalidOperationException">The shipped pack has load errors (a build defect).</exception>
    public static PolicyPack Get(string id)
    {
        var result = Load(id);
        return result.Pack ?? throw new InvalidOperationException(
            $"The shipped pack '{id}' does not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
    }

    /// <summary>A shipped pack's YAML exactly as embedded: where a school's first new version is drafted from.</summary>
    /// <exception cref="ArgumentException">No shipped pack has that id.</exception>
    public static string Text(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Ids.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No shipped pack has id '{id}'; shipped packs: {string.Join(", ", Ids)}.", nameof(id));
        }

        using var stream = Assembly.GetManifestResourceStream(PackPrefix + id + ".yaml")
            ?? throw new InvalidOperationException($"The embedded pack '{id}' is missing from {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every shipped pack's load result.</summary>
    public static IReadOnlyList<PackLoadResult> LoadAll() => [.. Ids.Select(Load)];

    /// <summary>Opens a shipped source document by file name, or returns null.</summary>
    public static Stream? OpenSourceDocument(string fileName) =>
        Assembly.GetManifestResourceStream(SourcePrefix + Path.GetFileName(fileName));
}
