using Lanyard.Core.Checking.Links;

namespace Lanyard.Core.Tests.Checking.Links;

public class LinkExtractorTests
{
    [Theory]
    [InlineData("Bet now at bet365.com today", "bet365.com", "bet365.com")]
    [InlineData("See https://www.bet365.com/odds/football?x=1#top for odds", "https://www.bet365.com/odds/football?x=1#top", "www.bet365.com")]
    [InlineData("Visit http://example.org.", "http://example.org", "example.org")]
    [InlineData("Go to www.bbc.co.uk/news, then", "www.bbc.co.uk/news", "www.bbc.co.uk")]
    [InlineData("Photos on example.co.uk/path/to/page!", "example.co.uk/path/to/page", "example.co.uk")]
    [InlineData("(see bet365.com)", "bet365.com", "bet365.com")]
    [InlineData("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)", "en.wikipedia.org")]
    [InlineData("\"https://Example.COM/A\"", "https://Example.COM/A", "example.com")]
    [InlineData("Have you seen bet365.com?", "bet365.com", "bet365.com")]
    [InlineData("Port: http://example.com:8080/x;", "http://example.com:8080/x", "example.com")]
    [InlineData("Address http://192.168.1.20/admin", "http://192.168.1.20/admin", "192.168.1.20")]
    [InlineData("IDN bücher.de here", "bücher.de", "bücher.de")]
    [InlineData("Punycode xn--bcher-kva.de here", "xn--bcher-kva.de", "xn--bcher-kva.de")]
    [InlineData("Russian пример.рф here", "пример.рф", "пример.рф")]
    [InlineData("Sentence ending bet365.com.", "bet365.com", "bet365.com")]
    [InlineData("HTTPS://SHOUTING.EXAMPLE.COM/", "HTTPS://SHOUTING.EXAMPLE.COM/", "shouting.example.com")]
    [InlineData("…bet365.com…", "bet365.com", "bet365.com")]
    [InlineData("bet365.com's odds", "bet365.com", "bet365.com")]
    [InlineData("user info https://bank.example.com@evil.example/login", "https://bank.example.com@evil.example/login", "evil.example")]
    public void Extract_OneLink_FindsItWithoutTrailingPunctuation(string text, string expected, string host)
    {
        var link = LinkExtractor.Extract(text).ShouldHaveSingleItem();

        link.Text.ShouldBe(expected);
        text.Substring(link.Start, link.Length).ShouldBe(expected);
        link.Host.ShouldBe(host);
    }

    [Theory]
    [InlineData("Email jo.bloggs@school.org.uk for details")]
    [InlineData("mailto:office@bet365.com")]
    [InlineData("e.g. this, i.e. that")]
    [InlineData("The end.Next sentence starts here")]
    [InlineData("Open report.docx and notes.txt")]
    [InlineData("Pi is 3.14 and version 1.2.3.4 shipped")]
    [InlineData("Ellipsis... and more...")]
    [InlineData("notgambling.example is not a real domain")]
    [InlineData("Mr.Smith and Dr.Jones")]
    [InlineData("file://server.example/share")]
    [InlineData("a..b and .com and com.")]
    [InlineData("")]
    public void Extract_NoLink_FindsNothing(string text)
    {
        LinkExtractor.Extract(text).ShouldBeEmpty();
    }

    [Fact]
    public void Extract_SeveralLinks_ReturnsThemInTextOrder()
    {
        var links = LinkExtractor.Extract("One bit.ly/abc, two https://bet365.com and three www.bbc.co.uk.");

        links.Select(l => l.Text).ShouldBe(["bit.ly/abc", "https://bet365.com", "www.bbc.co.uk"]);
        links.Select(l => l.HasScheme).ShouldBe([false, true, false]);
    }

    [Fact]
    public void Extract_PathAndQuery_AreSeparatedFromHost()
    {
        var link = LinkExtractor.Extract("roughtube.net/en/videos?page=2").ShouldHaveSingleItem();

        link.Host.ShouldBe("roughtube.net");
        link.Path.ShouldBe("/en/videos?page=2");
    }

    [Fact]
    public void Extract_ZeroWidthSpaceInsideHost_EndsTheLinkThere()
    {
        var link = LinkExtractor.Extract("bet365.com\u200B/odds").ShouldHaveSingleItem();

        link.Text.ShouldBe("bet365.com");
    }

    public static TheoryData<string> PathologicalTexts => new()
    {
        "\uD800 lone high and low \uDC00 surrogates bet365.com \uD800",
        "control \u0000\u0001\u0007\u001B characters bet365.com\u0000",
        "a" + new string('\u0301', 10_000) + ".com",
        "bet365.com" + new string('\u0301', 10_000),
        "\u202Emoc.563teb\u202C and \u200Bbet365\u200B.\u200Bcom",
        string.Concat(Enumerable.Repeat("bet365.com/odds ", 6_500)),
        new string('.', 100_000),
        string.Concat(Enumerable.Repeat("a.", 50_000)),
        string.Concat(Enumerable.Repeat("a@b.co", 16_000)),
        "https://" + string.Concat(Enumerable.Repeat("x@", 50_000)) + "example.com",
        string.Concat(Enumerable.Repeat("(", 50_000)) + "bet365.com/" + string.Concat(Enumerable.Repeat(")", 50_000)),
        new string('x', 100_000) + ".com",
    };

    [Theory]
    [MemberData(nameof(PathologicalTexts))]
    public void Extract_PathologicalText_ReturnsOrderedSpansInsideTheText(string text)
    {
        // Speed is the benchmark's business; a quadratic scan would still show here as a hang.
        var links = LinkExtractor.Extract(text);

        var previousEnd = 0;
        foreach (var link in links)
        {
            link.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
            (link.Start + link.Length).ShouldBeLessThanOrEqualTo(text.Length);
            previousEnd = link.Start + link.Length;
        }
    }

    [Fact]
    public void Extract_RepeatedLinks_FindsEveryOne()
    {
        var text = string.Concat(Enumerable.Repeat("bet365.com/odds ", 6_500));

        LinkExtractor.Extract(text).Count.ShouldBe(6_500);
    }
}
