using System.Reflection;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework.Letters;

/// <summary>
/// The letter templates shipped with Lanyard, one per pack and letter the pack offers
/// (<c>policies/letters/&lt;pack&gt;/&lt;kind&gt;.md</c>, embedded in this assembly). They apply until a
/// school saves its own version.
/// </summary>
public static class DefaultLetterTemplates
{
    private const string Prefix = "Lanyard.Letters.";

    private static readonly Lazy<IReadOnlyDictionary<(string PackId, LetterKind Kind), string>> Shipped = new(Load);

    /// <summary>Every shipped template, keyed by pack id and kind.</summary>
    public static IReadOnlyDictionary<(string PackId, LetterKind Kind), string> All => Shipped.Value;

    /// <summary>The shipped template for a pack's letter as version 0; null when none is shipped.</summary>
    public static LetterTemplate? For(string packId, LetterKind kind) =>
        Shipped.Value.TryGetValue((packId, kind), out var body)
            ? new LetterTemplate { PackId = packId, Kind = kind, Version = 0, Body = body, IsDefault = true }
            : null;

    /// <summary>The shipped template for a pack's letter; null when the pack does not offer the letter or none is shipped.</summary>
    public static LetterTemplate? For(PolicyPack pack, LetterKind kind)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return LetterKinds.Find(pack, kind) is null ? null : For(pack.Id, kind);
    }

    private static Dictionary<(string PackId, LetterKind Kind), string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var templates = new Dictionary<(string PackId, LetterKind Kind), string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            // "Lanyard.Letters.heathcoat/written-warning.md" (the folder separator is the build machine's).
            var path = name[Prefix.Length..^".md".Length].Replace('\\', '/').Split('/');
            if (path.Length != 2 || LetterKinds.Parse(path[1]) is not { } kind)
            {
                throw new InvalidOperationException($"Shipped letter template '{name}' is not <pack>/<kind>.md with a known kind.");
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            templates[(path[0], kind)] = reader.ReadToEnd().ReplaceLineEndings("\n");
        }

        return templates;
    }
}
