namespace Lanyard.Core.Checking.Links;

/// <summary>
/// The Lanyard names of web categories, and how the UT1 blacklist categories map onto them. A link
/// detection's category is <see cref="FindingCategory.LinkPrefix"/> followed by one of these names.
/// </summary>
/// <remarks>
/// The mapping from UT1 (Université Toulouse Capitole) category directories:
/// <list type="table">
/// <listheader><term>UT1</term><description>Lanyard</description></listheader>
/// <item><term><c>adult</c>, <c>mixed_adult</c></term><description><see cref="Adult"/></description></item>
/// <item><term><c>gambling</c></term><description><see cref="Gambling"/></description></item>
/// <item><term><c>agressif</c></term><description><see cref="Hate"/></description></item>
/// <item><term><c>drogue</c></term><description><see cref="Drugs"/></description></item>
/// <item><term><c>dangerous_material</c></term><description><see cref="DangerousMaterial"/></description></item>
/// <item><term><c>malware</c></term><description><see cref="Malware"/></description></item>
/// <item><term><c>phishing</c></term><description><see cref="Phishing"/></description></item>
/// </list>
/// <see cref="Shortener"/> does not come from UT1: it is Lanyard's own curated list of URL shorteners.
/// </remarks>
public static class WebCategoryNames
{
    /// <summary>Pornography, and sites with unstructured adult sections.</summary>
    public const string Adult = "adult";

    /// <summary>Casinos, betting and gambling games.</summary>
    public const string Gambling = "gambling";

    /// <summary>Aggressive, hateful or violent sites (UT1 <c>agressif</c>).</summary>
    public const string Hate = "hate";

    /// <summary>Drugs (UT1 <c>drogue</c>).</summary>
    public const string Drugs = "drugs";

    /// <summary>Bomb-making and other dangerous material; the nearest UT1 has to weapons.</summary>
    public const string DangerousMaterial = "dangerous-material";

    /// <summary>Sites delivering malware.</summary>
    public const string Malware = "malware";

    /// <summary>Phishing sites.</summary>
    public const string Phishing = "phishing";

    /// <summary>A URL shortener: the destination is unknown until someone follows it.</summary>
    public const string Shortener = "shortener";

    /// <summary>
    /// Every Lanyard category, most serious first. When one list entry is in two categories (UT1's
    /// phishing list is a copy of its malware list), the first in this order is reported.
    /// </summary>
    public static IReadOnlyList<string> ByPriority { get; } =
        [Malware, Phishing, Adult, Gambling, Drugs, Hate, DangerousMaterial, Shortener];

    /// <summary>The UT1 category directories Lanyard uses, and the Lanyard name of each.</summary>
    public static IReadOnlyDictionary<string, string> FromUt1 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["adult"] = Adult,
        ["mixed_adult"] = Adult,
        ["gambling"] = Gambling,
        ["agressif"] = Hate,
        ["drogue"] = Drugs,
        ["dangerous_material"] = DangerousMaterial,
        ["malware"] = Malware,
        ["phishing"] = Phishing,
    };
}
