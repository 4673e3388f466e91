namespace Lanyard.Core.Checking.Links;

/// <summary>
/// Lanyard's curated list of URL shorteners. A shortened link hides where it goes, so a reviewer
/// cannot tell from the draft whether it leads somewhere a school should not link to.
/// </summary>
internal static class UrlShorteners
{
    /// <summary>
    /// Shortener domains; a subdomain of one is a shortener too. A platform's own short host whose
    /// destination is always on that platform (<c>youtu.be</c>, <c>amzn.to</c>) is not listed.
    /// </summary>
    public static IReadOnlyList<string> Domains { get; } =
    [
        "bit.ly", "bitly.com", "bitly.is", "j.mp", "tinyurl.com", "t.co", "goo.gl", "g.co", "ow.ly",
        "buff.ly", "is.gd", "v.gd", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy",
        "t.ly", "tiny.one", "shorte.st", "adf.ly", "bl.ink", "lnkd.in", "fb.me", "dlvr.it", "ift.tt",
        "trib.al", "soo.gd", "s.id", "clck.ru", "qr.ae", "po.st", "su.pr", "x.co", "mcaf.ee",
        "tr.im", "snip.ly", "short.io", "urlz.fr", "shorturl.com", "tinycc.com", "hyperurl.co",
        "cli.re", "zpr.io", "surl.li", "u.to", "gg.gg", "shrtco.de", "2u.pw", "vurl.com",
    ];
}
