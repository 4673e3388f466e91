using Lanyard.Core.Checking.Links;

namespace Lanyard.Core.Tests.Checking.Links;

public class WebCategoryDatabaseTests
{
    [Fact]
    public void Default_LoadsEveryEmbeddedList()
    {
        // Tens of thousands of hosts: gambling alone has over 32,000 domains.
        WebCategoryDatabase.Default.HostCount.ShouldBeGreaterThan(40_000);
    }

    [Theory]
    [InlineData("bet365.com", "gambling")]
    [InlineData("williamhill.com", "gambling")]
    [InlineData("pokerstars.com.ar", "gambling")]
    [InlineData("0-casino.info", "gambling")]
    [InlineData("vulkan-bet.party", "gambling")]
    [InlineData("bazoocam.org", "adult")]
    [InlineData("10putes.com", "adult")]
    [InlineData("aryanwear.com", "hate")]
    [InlineData("14words.com", "hate")]
    [InlineData("skunked.co.uk", "drugs")]
    [InlineData("us-meds.com", "drugs")]
    [InlineData("umarex.fr", "dangerous-material")]
    [InlineData("ameetecarms.com", "dangerous-material")]
    [InlineData("bit.ly", "shortener")]
    [InlineData("tinyurl.com", "shortener")]
    [InlineData("t.co", "shortener")]
    [InlineData("rb.gy", "shortener")]
    public void Find_ListedDomain_ReturnsItsCategory(string host, string category)
    {
        var match = WebCategoryDatabase.Default.Find(host).ShouldNotBeNull();

        match.Category.ShouldBe(category);
        match.MatchedEntry.ShouldBe(host);
    }

    [Theory]
    [InlineData("a.b.bet365.com", "bet365.com")]
    [InlineData("www.bet365.com", "bet365.com")]
    [InlineData("WWW.BET365.COM", "bet365.com")]
    [InlineData("Sports.Bet365.Com.", "bet365.com")]
    public void Find_SubdomainOrOtherCase_MatchesTheParentDomain(string host, string entry)
    {
        var match = WebCategoryDatabase.Default.Find(host).ShouldNotBeNull();

        match.Category.ShouldBe(WebCategoryNames.Gambling);
        match.MatchedEntry.ShouldBe(entry);
    }

    [Theory]
    [InlineData("roughtube.net", "/en/videos/1", "adult", "roughtube.net/en/")]
    [InlineData("chatrandom.com", "/fr/", "adult", "chatrandom.com/fr/")]
    [InlineData("xsais.shop", "/collections/moonwatch", "malware", "xsais.shop/collections/moonwatch")]
    [InlineData("novaedgeinvest.com", "/faqs/index.html", "malware", "novaedgeinvest.com/faqs/index.html")]
    [InlineData("astrolabio.net", "/casino/roulette", "gambling", "astrolabio.net/casino/")]
    public void Find_ListedHostAndPathPrefix_ReturnsItsCategory(string host, string path, string category, string entry)
    {
        var match = WebCategoryDatabase.Default.Find(host, path).ShouldNotBeNull();

        match.Category.ShouldBe(category);
        match.MatchedEntry.ShouldBe(entry);
    }

    [Theory]
    [InlineData("roughtube.net", "/")]
    [InlineData("astrolabio.net", "/news")]
    [InlineData("xsais.shop", null)]
    public void Find_ListedHostOutsideListedPath_ReturnsNull(string host, string? path)
    {
        WebCategoryDatabase.Default.Find(host, path).ShouldBeNull();
    }

    [Theory]
    [InlineData("bbc.co.uk")]
    [InlineData("www.gov.uk")]
    [InlineData("notbet365.com")]
    [InlineData("bet365.com.evil")]
    [InlineData("bet365.com.example.org")]
    [InlineData("notgambling.example")]
    [InlineData("com")]
    [InlineData("co.uk")]
    [InlineData("")]
    [InlineData(".")]
    public void Find_UnlistedOrLookAlikeHost_ReturnsNull(string host)
    {
        WebCategoryDatabase.Default.Find(host).ShouldBeNull();
    }

    [Theory]
    [InlineData("google.com", "/url?q=https://example.org")]
    [InlineData("drive.google.com", "/uc?id=1")]
    public void Find_WholeServiceRedirectEntry_IsSkipped(string host, string path)
    {
        WebCategoryDatabase.Default.Find(host, path).ShouldBeNull();
    }

    [Fact]
    public void Find_InternationalisedHost_MatchesItsPunycodeEntry()
    {
        var database = WebCategoryDatabase.FromEntries([("xn--bcher-kva.de", WebCategoryNames.Gambling)]);

        database.Find("bücher.de").ShouldNotBeNull().MatchedEntry.ShouldBe("xn--bcher-kva.de");
        database.Find("shop.BÜCHER.de").ShouldNotBeNull().Category.ShouldBe(WebCategoryNames.Gambling);
    }

    [Fact]
    public void Find_EntryInTwoCategories_ReportsTheMoreSeriousOne()
    {
        var database = WebCategoryDatabase.FromEntries([("x.example", WebCategoryNames.Phishing), ("x.example", WebCategoryNames.Malware)]);

        database.Find("x.example").ShouldNotBeNull().Category.ShouldBe(WebCategoryNames.Malware);
    }

    [Fact]
    public void Find_SubdomainEntryAndParentEntry_MostSpecificWins()
    {
        var database = WebCategoryDatabase.FromEntries([("example.com", WebCategoryNames.Gambling), ("sub.example.com", WebCategoryNames.Adult)]);

        database.Find("a.sub.example.com").ShouldNotBeNull().Category.ShouldBe(WebCategoryNames.Adult);
        database.Find("other.example.com").ShouldNotBeNull().Category.ShouldBe(WebCategoryNames.Gambling);
    }

    [Fact]
    public void FromEntries_UnknownCategory_Throws()
    {
        Should.Throw<ArgumentException>(() => WebCategoryDatabase.FromEntries([("example.com", "weapons")]));
    }

    [Fact]
    public void FromUt1_MapsEveryEmbeddedListToALanyardName()
    {
        WebCategoryNames.FromUt1["adult"].ShouldBe("adult");
        WebCategoryNames.FromUt1["mixed_adult"].ShouldBe("adult");
        WebCategoryNames.FromUt1["agressif"].ShouldBe("hate");
        WebCategoryNames.FromUt1["drogue"].ShouldBe("drugs");
        WebCategoryNames.FromUt1["dangerous_material"].ShouldBe("dangerous-material");
        WebCategoryNames.FromUt1.Values.ShouldAllBe(name => WebCategoryNames.ByPriority.Contains(name));
    }

    [Fact]
    public void EmbeddedResources_OneCompressedListPerUt1Category()
    {
        var names = typeof(WebCategoryDatabase).Assembly.GetManifestResourceNames();

        foreach (var ut1 in WebCategoryNames.FromUt1.Keys)
        {
            names.ShouldContain($"Lanyard.Links.Categories.{ut1}.txt.gz");
        }
    }
}
