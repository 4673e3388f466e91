using System.Collections.Frozen;

namespace Lanyard.Core.Checking.Links;

/// <summary>
/// Which last labels make a bare word with dots (<c>bet365.com</c>, no scheme, no <c>www.</c>) a
/// link rather than an abbreviation or a typo at a sentence break (<c>e.g.</c>, <c>end.Next</c>,
/// <c>report.docx</c>). Every two-letter ASCII label is a country code; longer ones must be listed
/// here: the generic top-level domains of every domain in the embedded UT1 lists and the common
/// ones a school post might name. A link with a scheme or <c>www.</c> needs no listed ending.
/// </summary>
internal static class TopLevelDomains
{
    private const string Generic =
        "academy accountant adult aero africa agency amsterdam app army art asia auction autos baby " +
        "band bank bar beauty beer best bet bid bike bingo bio biz blog blue boats bond bot " +
        "boutique business buzz cab cafe cam camp capital care careers casa cash casino cat center " +
        "cfd charity chat cheap church city claims click clinic cloud club codes college com " +
        "community company consulting cool coop coupons credit cricket cymru cyou dance dating " +
        "deals dentist design dev digital direct directory discount doctor dog domains download edu " +
        "education email energy engineering equipment estate events exchange expert express family " +
        "fan finance fit fitness foo food football forum foundation free fun fund futbol fyi " +
        "gallery game games gay gift gifts gives glass global gold golf goog gov gratis green group " +
        "guide guru hair haus health help homes hospital host house icu inc info ing ink institute " +
        "insurance int international investments irish ist jetzt jobs kids kim lat law legal life " +
        "limited link live llc loan lol london lotto love ltd luxe luxury makeup media men mil mobi " +
        "mom money monster moscow motorcycles mov museum music name net network news nexus ninja " +
        "now observer one onl online org page partners party pet photo photography photos pics " +
        "pictures pink pizza place plc plus poker porn post press pro promo pub qpon quest racing " +
        "ren rent report rest restaurant review reviews rocks rodeo run sale sbs school science " +
        "scot services sex sexy shop shopping site skin social software solutions space sport " +
        "sports store stream studio style support systems tax team tech tel tips today top tours " +
        "town trade travel tube university uno vegas ventures video vip wales wang watch web webcam " +
        "website wiki win wine work world wtf xin xxx xyz yachts yoga zone";

    private static readonly FrozenSet<string> GenericSet =
        Generic.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericLookup =
        GenericSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="label"/> ends a bare domain: a country code, a listed generic domain, or an internationalised one.</summary>
    public static bool EndsBareDomain(ReadOnlySpan<char> label)
    {
        if (label.Length == 2 && char.IsAsciiLetter(label[0]) && char.IsAsciiLetter(label[1]))
        {
            return true;
        }

        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return label.Length > 4;
        }

        if (label.Length > 1 && IsAllNonAsciiLetters(label))
        {
            return true;
        }

        return GenericLookup.Contains(label);
    }

    private static bool IsAllNonAsciiLetters(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (char.IsAscii(c) || !char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
