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

    /// <summary>
    /// A plain <c>bool</c> that is not required defaults to false, so false there means "not said";
    /// a <c>bool?</c> or a required bool that is false is an answer ("no private use") and is shown.
    /// </summary>
    private static bool IsOptionalFlag(PropertyInfo property) =>
        property.PropertyType == typeof(bool) && !property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute));

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
            if (child is null || child is ICollection { Count: 0 } || (child is false && IsOptionalFlag(property)))
            {
                continue;
            }

            parts.Add($"{YamlNaming.Key(property.Name)}: {Render(child, topLevel: false)}");
        }

        // A parameter stated without any detail (Testbourne: contact can be authorised, by someone unnamed).
        var joined = parts.Count == 0 ? "stated, with no further detail" : string.Join(topLevel ? "; " : ", ", parts);
        return topLevel ? joined : $"({joined})";
    }
}
