using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Lanyard.Web.Charts;

/// <summary>
/// Bar charts drawn on the server as inline SVG: no script, no library, nothing fetched, so they
/// print, pass the content security policy and show with JavaScript off. Each chart is one image to
/// assistive technology (<c>role="img"</c>, named by its <c>&lt;title&gt;</c> and described by its
/// <c>&lt;desc&gt;</c>, which states every value), and the page puts the same numbers in a table
/// beneath it. Colours come from classes (<c>reports.css</c>) so print and screen can differ;
/// every label and value is written as text, so colour carries nothing on its own.
/// </summary>
internal static class SvgBarChart
{
    // Drawing units. The SVG scales to its container's width, so these are proportions, chosen so
    // that at a phone's width (about 340 px of chart) text is still about 12 px high and on a desktop
    // (reports.css caps a chart at 30rem) no more than about 17 px.
    private const int Width = 400;
    private const int HorizontalLabelWidth = 168;
    private const int RowHeight = 26;
    private const int BarThickness = 16;
    private const int ValueGap = 6;
    private const int ValueSpace = 36;
    private const int VerticalPlotHeight = 160;
    private const int VerticalTop = 22;
    private const int VerticalAxisLabels = 36;
    private const int MaxLabelLength = 24;

    /// <summary>Bars left to right from a label column: for categories with long names (case types, outcomes).</summary>
    /// <param name="id">A prefix for the ids of the title and description, unique on the page.</param>
    /// <param name="title">The chart's name.</param>
    /// <param name="bars">The bars, in the order to draw them.</param>
    public static HtmlString Horizontal(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(bars);
        var height = Math.Max(1, bars.Count) * RowHeight + 4;
        var plot = Width - HorizontalLabelWidth - ValueSpace;
        var max = Scale(bars);
        var svg = Open(id, title, bars, height, "chart-horizontal");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 2 + (i * RowHeight);
            var length = Length(bar.Value, max, plot);
            var middle = y + (RowHeight / 2.0);
            svg.Append(Inv($"<text class=\"chart-label\" x=\"{HorizontalLabelWidth - 8}\" y=\"{middle + 4.5:0.#}\" text-anchor=\"end\">{Escape(Short(bar.Label))}</text>"));
            svg.Append(Inv($"<rect class=\"{BarClass(bar)}\" x=\"{HorizontalLabelWidth}\" y=\"{middle - (BarThickness / 2.0):0.#}\" width=\"{length:0.#}\" height=\"{BarThickness}\"/>"));
            svg.Append(Inv($"<text class=\"chart-value\" x=\"{HorizontalLabelWidth + length + ValueGap:0.#}\" y=\"{middle + 4.5:0.#}\">{bar.Value}</text>"));
        }

        svg.Append(Inv($"<line class=\"chart-axis\" x1=\"{HorizontalLabelWidth}\" y1=\"0\" x2=\"{HorizontalLabelWidth}\" y2=\"{height}\"/>"));
        return Close(svg);
    }

    /// <summary>Bars standing on a baseline: for a short series in order (months).</summary>
    /// <param name="id">A prefix for the ids of the title and description, unique on the page.</param>
    /// <param name="title">The chart's name.</param>
    /// <param name="bars">The bars, left to right; labels should be short (e.g. "Mar").</param>
    /// <param name="subLabels">An optional second line under some labels (e.g. the year under January), by bar index.</param>
    public static HtmlString Vertical(string id, string title, IReadOnlyList<ChartBar> bars, IReadOnlyDictionary<int, string>? subLabels = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(bars);
        var height = VerticalTop + VerticalPlotHeight + VerticalAxisLabels;
        var baseline = VerticalTop + VerticalPlotHeight;
        var max = Scale(bars);
        var slot = (double)Width / Math.Max(1, bars.Count);
        var thickness = Math.Min(28, slot * 0.62);
        var svg = Open(id, title, bars, height, "chart-vertical");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var centre = (i * slot) + (slot / 2);
            var length = Length(bar.Value, max, VerticalPlotHeight);
            svg.Append(Inv($"<rect class=\"{BarClass(bar)}\" x=\"{centre - (thickness / 2):0.#}\" y=\"{baseline - length:0.#}\" width=\"{thickness:0.#}\" height=\"{length:0.#}\"/>"));
            svg.Append(Inv($"<text class=\"chart-value\" x=\"{centre:0.#}\" y=\"{baseline - length - 5:0.#}\" text-anchor=\"middle\">{bar.Value}</text>"));
            svg.Append(Inv($"<text class=\"chart-label\" x=\"{centre:0.#}\" y=\"{baseline + 16}\" text-anchor=\"middle\">{Escape(Short(bar.Label))}</text>"));
            if (subLabels is not null && subLabels.TryGetValue(i, out var sub))
            {
                svg.Append(Inv($"<text class=\"chart-label chart-sublabel\" x=\"{centre:0.#}\" y=\"{baseline + 31}\" text-anchor=\"middle\">{Escape(Short(sub))}</text>"));
            }
        }

        svg.Append(Inv($"<line class=\"chart-axis\" x1=\"0\" y1=\"{baseline}\" x2=\"{Width}\" y2=\"{baseline}\"/>"));
        return Close(svg);
    }

    /// <summary>The description a screen reader hears: every bar's label and value.</summary>
    public static string Describe(IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return bars.Count == 0
            ? "No data."
            : string.Join("; ", bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Spoken}: {b.Value}"))) + ".";
    }

    private static StringBuilder Open(string id, string title, IReadOnlyList<ChartBar> bars, int height, string kind)
    {
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart {kind}\" role=\"img\" viewBox=\"0 0 {Width} {height}\" aria-labelledby=\"{Escape(id)}-title {Escape(id)}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<title id=\"{Escape(id)}-title\">{Escape(title)}</title>"));
        svg.Append(Inv($"<desc id=\"{Escape(id)}-desc\">{Escape(Describe(bars))}</desc>"));
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    // The largest value, at least 1 so an all-zero chart draws empty bars rather than dividing by zero.
    private static int Scale(IReadOnlyList<ChartBar> bars) => Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Value));

    // A zero is drawn as a hairline so the reader sees the category was counted, not forgotten.
    private static double Length(int value, int max, int room) => value == 0 ? 1 : Math.Max(2, (double)value / max * room);

    private static string BarClass(ChartBar bar) => bar.Value == 0 ? "chart-bar chart-bar-zero" : "chart-bar";

    private static string Short(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)].TrimEnd() + "…";

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
