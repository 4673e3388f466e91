using System.Security.Cryptography;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// Loads and validates policy packs from YAML. All-or-nothing: a pack with any error is not
/// returned, and every error names the file, line and column and what is allowed.
/// </summary>
public static class PolicyPackLoader
{
    /// <summary>
    /// Loads a pack file. When the pack's source document sits beside it in <c>sources/</c>, its
    /// SHA-256 is checked against the pack's <c>source.sha256</c>.
    /// </summary>
    public static PackLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(new PackDiagnostic(path, 1, 1, $"cannot read the pack file: {ex.Message}"));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return LoadText(text, path, file =>
        {
            var candidate = Path.Combine(directory, "sources", Path.GetFileName(file));
            return File.Exists(candidate) ? File.OpenRead(candidate) : null;
        });
    }

    /// <summary>
    /// Loads a pack from YAML text. <paramref name="sourceName"/> is used in diagnostics;
    /// <paramref name="openSourceDocument"/>, when given, opens the source document named by the
    /// pack so its hash can be verified (return null when it is not available).
    /// </summary>
    public static PackLoadResult LoadText(string yaml, string sourceName, Func<string, Stream?>? openSourceDocument = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var errors = new List<PackDiagnostic>();
        var warnings = new List<PackDiagnostic>();

        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1)
            {
                return Failed(new PackDiagnostic(sourceName, 1, 1, $"a pack file holds exactly one YAML document; found {stream.Documents.Count}"));
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            return Failed(new PackDiagnostic(sourceName, (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {InnerMessage(ex)}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, when the text ends inside
            // an unclosed flow collection or quoted scalar; the end of the text is where it stopped.
            var lines = yaml.Split('\n');
            return Failed(new PackDiagnostic(sourceName, lines.Length, lines[^1].Length + 1,
                "not valid YAML: the file ends inside an unclosed '[', '{' or quoted text"));
        }

        var binder = new YamlBinder(sourceName, errors);
        var pack = binder.Bind<PolicyPack>(root, string.Empty);
        if (pack is null || errors.Count > 0)
        {
            return new PackLoadResult { Errors = Sorted(errors) };
        }

        new PackValidator(sourceName, binder.Positions, errors, warnings).Validate(pack);
        VerifySourceHash(pack, sourceName, openSourceDocument, errors, binder.Positions);
        return errors.Count > 0
            ? new PackLoadResult { Errors = Sorted(errors), Warnings = Sorted(warnings) }
            : new PackLoadResult { Pack = pack, Warnings = Sorted(warnings) };
    }

    private static void VerifySourceHash(PolicyPack pack, string sourceName, Func<string, Stream?>? open, List<PackDiagnostic> errors, Dictionary<object, Mark> positions)
    {
        using var stream = open?.Invoke(pack.Source.File);
        if (stream is null)
        {
            return;
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(actual, pack.Source.Sha256, StringComparison.Ordinal))
        {
            var mark = positions.TryGetValue(pack.Source, out var m) ? m : Mark.Empty;
            errors.Add(new PackDiagnostic(sourceName, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column),
                $"source.sha256 does not match the source document '{pack.Source.File}': the file's SHA-256 is {actual}"));
        }
    }

    private static string InnerMessage(YamlException ex) =>
        ex.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? $"{ex.Message} ({inner.Message})" : ex.Message;

    private static PackDiagnostic[] Sorted(List<PackDiagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    private static PackLoadResult Failed(PackDiagnostic error) => new() { Errors = [error] };
}
