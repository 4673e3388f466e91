using System.Text;

namespace Lanyard.Core.Policies.Loading;

/// <summary>How C# names are written in pack YAML: camelCase keys, kebab-case enum values.</summary>
public static class YamlNaming
{
    /// <summary><c>CycleMonths</c> → <c>cycleMonths</c>.</summary>
    public static string Key(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    /// <summary><c>HoldForHeadteacherAdvice</c> → <c>hold-for-headteacher-advice</c>.</summary>
    public static string Kebab(string memberName)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        var builder = new StringBuilder(memberName.Length + 8);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The YAML spelling of an enum value.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());
}
