using System.Collections;
using System.Reflection;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Policies;

/// <summary>
/// Renders a parameter (or any part of a pack) as short text in the pack's own vocabulary,
/// e.g. <c>blocked: under-age; age: 18; actions: any-contact, accept-request</c>. Generic over the
/// model, so a new field shows up without anyone remembering to add it here.
/// </summary>
public static class ParameterText
{
    /// <summary>The text for a value; null when the pack is silent.</summary>
    public static string? Describe(object? value) => value is null ? null : Render(value, topLevel: true);

    private static string Render(object value, bool topLevel)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "yes" : "no";
            case Enum e:
                return YamlNaming.Kebab(e.ToString());
            case PackDate d:
                return d.ToString();
            case IFormattable f:
                return f.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
            case IEnumerable items:
                var rendered = items.Cast<object>().Select(i => Render(i, topLevel: false)).ToList();
                return rendered.Count == 0 ? "none" : string.Join(rendered.Any(r => r.Contains(' ', StringComparison.Ordinal)) ? "; " : ", ", rendered);
        }

        var parts = new List<string>();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetIndexParameters().Length > 0
                || property.Name is nameof(PackParameter.Clauses) or nameof(PackParameter.Note))
            {
                continue;
            }

            var child = property.GetValue(value);
            if (child is null or false || (child is ICollection { Count: 0 }))
            {
                continue;
            }

            var key = YamlNaming.Key(property.Name);
            var text = Render(child, topLevel: false);
            parts.Add(child is true ? key : $"{key}: {text}");
        }

        var joined = string.Join(topLevel ? "; " : ", ", parts);
        return topLevel ? joined : $"({joined})";
    }
}
