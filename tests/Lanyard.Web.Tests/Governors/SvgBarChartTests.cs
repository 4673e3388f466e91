using System.Globalization;
using System.Xml.Linq;
using Lanyard.Web.Charts;

namespace Lanyard.Web.Tests.Governors;

/// <summary>The server-drawn bar charts: well-formed, accessible, proportional, and safe with any label.</summary>
public sealed class SvgBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(Microsoft.AspNetCore.Html.HtmlString chart) => XElement.Parse(chart.Value!);

    [Fact]
    public void Horizontal_IsAnImage_NamedByItsTitle_AndDescribedWithEveryValue()
    {
        var svg = Parse(SvgBarChart.Horizontal("by-type", "Cases by type", [new("Parent post", 3), new("Staff breach", 0)]));

        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("aria-labelledby")!.Value.ShouldBe("by-type-title by-type-desc");
        svg.Element(Svg + "title")!.Value.ShouldBe("Cases by type");
        svg.Element(Svg + "title")!.Attribute("id")!.Value.ShouldBe("by-type-title");
        svg.Element(Svg + "desc")!.Value.ShouldBe("Parent post: 3; Staff breach: 0.");
    }

    [Fact]
    public void Horizontal_BarLengthsAreProportional_AndAZeroIsAHairline()
    {
        var svg = Parse(SvgBarChart.Horizontal("c", "t", [new("a", 4), new("b", 2), new("c", 0)]));
        var widths = svg.Elements(Svg + "rect").Select(r => double.Parse(r.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();

        widths[1].ShouldBe(widths[0] / 2, 0.1);
        widths[2].ShouldBe(1);
        svg.Elements(Svg + "rect").Last().Attribute("class")!.Value.ShouldContain("chart-bar-zero");
    }

    [Fact]
    public void Horizontal_WritesEachValueAsText()
    {
        var svg = Parse(SvgBarChart.Horizontal("c", "t", [new("a", 12), new("b", 7)]));

        svg.Elements(Svg + "text").Where(t => t.Attribute("class")!.Value == "chart-value").Select(t => t.Value).ShouldBe(["12", "7"]);
    }

    [Fact]
    public void Vertical_BarsStandOnOneBaseline_TallestFillsThePlot()
    {
        var svg = Parse(SvgBarChart.Vertical("m", "By month", [new("Jan", 5, "January 2025"), new("Feb", 10, "February 2025")], new Dictionary<int, string> { [0] = "2025" }));
        var bars = svg.Elements(Svg + "rect").Select(r => (Y: double.Parse(r.Attribute("y")!.Value, CultureInfo.InvariantCulture), H: double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture))).ToList();

        (bars[0].Y + bars[0].H).ShouldBe(bars[1].Y + bars[1].H, 0.1);
        bars[0].H.ShouldBe(bars[1].H / 2, 0.1);
        svg.Element(Svg + "desc")!.Value.ShouldBe("January 2025: 5; February 2025: 10.");
        svg.Elements(Svg + "text").Select(t => t.Value).ShouldContain("2025");
    }

    [Fact]
    public void AllZero_DrawsWithoutDividingByZero()
    {
        var svg = Parse(SvgBarChart.Vertical("z", "Nothing", [new("Jan", 0), new("Feb", 0)]));

        svg.Elements(Svg + "rect").Select(r => r.Attribute("height")!.Value).ShouldBe(["1", "1"]);
    }

    [Fact]
    public void Empty_IsDescribedAsNoData()
    {
        var svg = Parse(SvgBarChart.Horizontal("e", "Empty", []));

        svg.Element(Svg + "desc")!.Value.ShouldBe("No data.");
    }

    [Fact]
    public void Labels_AreEscaped_AndLongOnesShortened()
    {
        var svg = Parse(SvgBarChart.Horizontal("x", "A <b>title</b> & more", [new("<script>alert(1)</script> and a very long label indeed", 1)]));

        svg.Element(Svg + "title")!.Value.ShouldBe("A <b>title</b> & more");
        svg.Descendants(Svg + "script").ShouldBeEmpty();
        var label = svg.Elements(Svg + "text").First().Value;
        label.Length.ShouldBe(24);
        label.ShouldEndWith("…");
        svg.Element(Svg + "desc")!.Value.ShouldContain("a very long label indeed", Case.Sensitive, "the description keeps the whole label");
    }

    [Fact]
    public void ANegativeCount_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ChartBar("a", -1));
    }
}
