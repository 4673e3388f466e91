using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// Changes one value of a pack's YAML where it stands: the value's span, as the YAML parser reports
/// it, is replaced and everything else (comments, layout, quoting of other values) is kept as
/// written, so a draft changed through a form still reads like the pack it came from. The result is
/// not validated here: the caller loads it as any uploaded pack is loaded.
/// </summary>
public static class PackYamlEdit
{
    /// <summary>The changed YAML, or why the value could not be found.</summary>
    /// <param name="Yaml">The YAML with the value replaced; null when refused.</param>
    /// <param name="Problem">What could not be found; null when changed.</param>
    public sealed record Edited(string? Yaml, string? Problem);

    /// <summary>Sets the pack's <c>version</c> label.</summary>
    public static Edited SetVersion(string yaml, string version) =>
        Replace(yaml, root => Scalar(root, "version"), "the pack has no 'version' value", DoubleQuoted(version));

    /// <summary>Sets the <c>summary</c> (the wording) of the clause <paramref name="clauseId"/>.</summary>
    public static Edited SetClauseSummary(string yaml, string clauseId, string summary) =>
        Replace(yaml, root => Child(root, "clauses") is YamlSequenceNode clauses
                ? clauses.Children.OfType<YamlMappingNode>().Where(c => Scalar(c, "id")?.Value == clauseId).Select(c => Scalar(c, "summary")).FirstOrDefault()
                : null,
            $"the pack has no clause '{clauseId}' with a summary", DoubleQuoted(summary));

    /// <summary>Sets <c>review.cycleMonths</c>; null writes <c>null</c>, no cycle.</summary>
    public static Edited SetReviewCycleMonths(string yaml, int? months) =>
        Replace(yaml, root => Child(root, "review") is YamlMappingNode review ? Scalar(review, "cycleMonths") : null,
            "the pack has no 'review.cycleMonths' value", months?.ToString(CultureInfo.InvariantCulture) ?? "null");

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    public static string DoubleQuoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static Edited Replace(string yaml, Func<YamlMappingNode, YamlScalarNode?> find, string missing, string replacement)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return new Edited(null, $"the draft's YAML does not parse (line {e.Start.Line}, column {e.Start.Column}): change it as YAML instead");
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root || find(root) is not { } node)
        {
            return new Edited(null, missing);
        }

        var start = checked((int)node.Start.Index);
        var end = checked((int)node.End.Index);
        // A block scalar's span runs to the next line; keep the line breaks it ended with.
        var original = yaml[start..end];
        var trailing = original[original.TrimEnd().Length..];
        return new Edited(string.Concat(yaml.AsSpan(0, start), replacement, trailing, yaml.AsSpan(end)), null);
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlScalarNode? Scalar(YamlMappingNode mapping, string key) => Child(mapping, key) as YamlScalarNode;
}
