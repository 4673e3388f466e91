using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Governance;

/// <summary>Enums are stored kebab-cased (<c>new-version</c>), as packs write them.</summary>
internal static class StoredEnum
{
    public static string Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => YamlNaming.Kebab(value);

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
