using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// Binds a YAML node tree onto the pack model by reflection, strictly: an unknown key, a missing
/// required key, a value of the wrong type or an unknown enum value is an error naming the line,
/// column, path and what is allowed. The model's own declarations are the schema, so the format
/// cannot drift from the types the engine reads.
/// </summary>
internal sealed class YamlBinder
{
    private static readonly Dictionary<Type, Dictionary<string, BindableProperty>> PropertyCache = [];
    private static readonly Lock PropertyCacheLock = new();
    private readonly string _source;
    private readonly List<PackDiagnostic> _errors;

    public YamlBinder(string source, List<PackDiagnostic> errors)
    {
        _source = source;
        _errors = errors;
    }

    /// <summary>Where each bound object came from, for errors found after binding.</summary>
    public Dictionary<object, Mark> Positions { get; } = new(ReferenceEqualityComparer.Instance);

    public T? Bind<T>(YamlNode node, string path)
        where T : class => (T?)BindObject(node, typeof(T), path);

    private object? BindValue(YamlNode node, Type type, bool nullable, string path)
    {
        if (IsNull(node))
        {
            if (!nullable)
            {
                Error(node, $"{path} must have a value; null is not allowed here");
            }

            return null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return ScalarText(node, path, "a text value");
        }

        if (underlying == typeof(int))
        {
            var text = ScalarText(node, path, "a whole number");
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Error(node, $"{path} must be a whole number, found '{text}'");
            return null;
        }

        if (underlying == typeof(bool))
        {
            var text = ScalarText(node, path, "true or false");
            switch (text)
            {
                case null:
                    return null;
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    Error(node, $"{path} must be true or false, found '{text}'");
                    return null;
            }
        }

        if (underlying == typeof(PackDate))
        {
            var text = ScalarText(node, path, "a date");
            if (text is null)
            {
                return null;
            }

            if (PackDate.TryParse(text, out var date))
            {
                return date;
            }

            Error(node, $"{path} must be a date written yyyy-MM-dd or yyyy-MM, found '{text}'");
            return null;
        }

        if (underlying.IsEnum)
        {
            return BindEnum(node, underlying, path);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return BindList(node, underlying.GetGenericArguments()[0], path);
        }

        return BindObject(node, underlying, path);
    }

    private object? BindEnum(YamlNode node, Type enumType, string path)
    {
        var text = ScalarText(node, path, "one of " + AllowedEnumValues(enumType));
        if (text is null)
        {
            return null;
        }

        foreach (var name in Enum.GetNames(enumType))
        {
            if (string.Equals(YamlNaming.Kebab(name), text, StringComparison.Ordinal))
            {
                return Enum.Parse(enumType, name);
            }
        }

        Error(node, $"{path}: unknown value '{text}'; allowed: {AllowedEnumValues(enumType)}");
        return null;
    }

    private object? BindList(YamlNode node, Type elementType, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"{path} must be a list (a YAML sequence)");
            return null;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        var elementNullable = false;
        var index = 0;
        foreach (var child in sequence.Children)
        {
            var value = BindValue(child, elementType, elementNullable, $"{path}[{index}]");
            if (value is not null)
            {
                list.Add(value);
            }

            index++;
        }

        return list;
    }

    private object? BindObject(YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{path} must be a mapping of keys to values");
            return null;
        }

        var properties = BindableProperties(type);
        var instance = Activator.CreateInstance(type)!;
        Positions[instance] = node.Start;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var childPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!properties.TryGetValue(key, out var property))
            {
                Error(keyNode, $"unknown key '{key}' in {Describe(path)}; allowed: {string.Join(", ", properties.Keys)}");
                continue;
            }

            seen.Add(key);
            var value = BindValue(valueNode, property.Info.PropertyType, property.Nullable, childPath);
            if (value is not null)
            {
                property.Info.SetValue(instance, value);
            }
        }

        foreach (var (key, property) in properties)
        {
            if (!seen.Contains(key) && property.Required)
            {
                Error(node, $"missing required key '{key}' in {Describe(path)}");
            }
        }

        return instance;
    }

    /// <summary>
    /// The settable properties of a model type, keyed by their YAML name, worked out once per type.
    /// NullabilityInfoContext is not thread-safe, so the work happens under a lock.
    /// </summary>
    private static Dictionary<string, BindableProperty> BindableProperties(Type type)
    {
        lock (PropertyCacheLock)
        {
            if (PropertyCache.TryGetValue(type, out var cached))
            {
                return cached;
            }

            var nullability = new NullabilityInfoContext();
            var result = new Dictionary<string, BindableProperty>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
                {
                    var nullable = nullability.Create(property).WriteState == NullabilityState.Nullable
                        || Nullable.GetUnderlyingType(property.PropertyType) is not null;
                    result[YamlNaming.Key(property.Name)] = new BindableProperty(property, nullable, property.IsDefined(typeof(RequiredMemberAttribute)));
                }
            }

            PropertyCache[type] = result;
            return result;
        }
    }

    private sealed record BindableProperty(PropertyInfo Info, bool Nullable, bool Required);

    private string? ScalarText(YamlNode node, string path, string expected)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"{path} must be {expected}, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string AllowedEnumValues(Type enumType) =>
        string.Join(", ", Enum.GetNames(enumType).Select(YamlNaming.Kebab));

    private static string Describe(string path) => path.Length == 0 ? "the pack" : path;

    private void Error(YamlNode node, string message) =>
        _errors.Add(new PackDiagnostic(_source, (int)node.Start.Line, (int)node.Start.Column, message));
}
