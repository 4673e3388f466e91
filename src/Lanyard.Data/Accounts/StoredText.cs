namespace Lanyard.Data.Accounts;

/// <summary>Reads values the stores write kebab-cased (<c>closed-space</c>) back into their enums.</summary>
internal static class StoredText
{
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
