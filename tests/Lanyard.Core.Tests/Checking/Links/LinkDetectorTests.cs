using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Links;

namespace Lanyard.Core.Tests.Checking.Links;

public class LinkDetectorTests
{
    private static List<Detection> Detect(string text)
    {
        var detections = new List<Detection>();
        new LinkDetector().Detect(text, detections);
        return detections;
    }

    [Fact]
    public void Name_IsLinks()
    {
        new LinkDetector().Name.ShouldBe("links");
    }

    [Theory]
    [InlineData("Odds at bet365.com tonight", "link.gambling", "bet365.com")]
    [InlineData("Odds at https://sports.bet365.com/en/football!", "link.gambling", "https://sports.bet365.com/en/football")]
    [InlineData("Try WWW.PaddyPower.com.", "link.gambling", "WWW.PaddyPower.com")]
    [InlineData("chat on bazoocam.org", "link.adult", "bazoocam.org")]
    [InlineData("videos at roughtube.net/en/latest", "link.adult", "roughtube.net/en/latest")]
    [InlineData("buy from us-meds.com", "link.drugs", "us-meds.com")]
    [InlineData("shop aryanwear.com", "link.hate", "aryanwear.com")]
    [InlineData("see umarex.fr", "link.dangerous-material", "umarex.fr")]
    [InlineData("free watch xsais.shop/collections/moonwatch", "link.malware", "xsais.shop/collections/moonwatch")]
    [InlineData("Sign up: bit.ly/3xYz", "link.shortener", "bit.ly/3xYz")]
    [InlineData("Sign up: https://tinyurl.com/abc123)", "link.shortener", "https://tinyurl.com/abc123")]
    [InlineData("more at t.co/AbC", "link.shortener", "t.co/AbC")]
    [InlineData("form: forms.cutt.ly/x", "link.shortener", "forms.cutt.ly/x")]
    public void Detect_CategorisedLink_ReportsOriginalSpanAndCategory(string text, string category, string span)
    {
        var detection = Detect(text).ShouldHaveSingleItem();

        detection.Category.ShouldBe(category);
        text.Substring(detection.Start, detection.Length).ShouldBe(span);
        detection.Suggestion.ShouldBeNull();
        detection.Message.ShouldContain(category[FindingCategory.LinkPrefix.Length..].Replace("-", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_Message_NamesTheMatchedDomain()
    {
        var detection = Detect("Go to a.b.bet365.com").ShouldHaveSingleItem();

        detection.Message.ShouldBe("Link to a site listed as gambling (bet365.com)");
    }

    [Fact]
    public void Detect_Shortener_SaysTheDestinationIsUnknown()
    {
        Detect("bit.ly/x").ShouldHaveSingleItem().Message.ShouldContain("destination is unknown");
    }

    [Theory]
    [InlineData("Read the report on bbc.co.uk and www.gov.uk/guidance")]
    [InlineData("Our site: https://www.chapmanslade.wilts.sch.uk/news")]
    [InlineData("notgambling.example and notbet365.com")]
    [InlineData("https://bet365.com.evil/login")]
    [InlineData("bet365.com.evil and bet365.com.example.org/x")]
    [InlineData("Email office@bet365.com about it")]
    [InlineData("Search https://www.google.com/url?q=x")]
    [InlineData("Well done to everyone in Year 6 for a brilliant sports day!")]
    [InlineData("")]
    public void Detect_NoCategorisedLink_ReportsNothing(string text)
    {
        Detect(text).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_SeveralLinks_ReportsEachInTextOrder()
    {
        var text = "Fair: bbc.co.uk. Bad: bet365.com and bit.ly/x and pokerstars.it/poker.";

        var detections = Detect(text);

        detections.Select(d => d.Category).ShouldBe(["link.gambling", "link.shortener", "link.gambling"]);
        detections.Select(d => text.Substring(d.Start, d.Length)).ShouldBe(["bet365.com", "bit.ly/x", "pokerstars.it/poker"]);
    }

    [Fact]
    public void Detect_OwnDatabase_UsesIt()
    {
        var database = WebCategoryDatabase.FromEntries([("casino.example", WebCategoryNames.Gambling)]);
        var detections = new List<Detection>();

        new LinkDetector(database).Detect("https://casino.example/ and bet365.com", detections);

        detections.ShouldHaveSingleItem().Category.ShouldBe("link.gambling");
    }

    [Fact]
    public void Extract_IsExposedOnTheDetector()
    {
        LinkDetector.Extract("see bbc.co.uk").ShouldHaveSingleItem().Host.ShouldBe("bbc.co.uk");
    }

    [Fact]
    public void Detect_HundredKilobytesOfLinks_FindsThemAll()
    {
        var text = string.Concat(Enumerable.Repeat("bet365.com/odds \u202E\u200B ", 5_000));

        Detect(text).Count.ShouldBe(5_000);
    }
}
