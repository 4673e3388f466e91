namespace Lanyard.Web.Charts;

/// <summary>One bar of a chart: what it counts, and how many.</summary>
/// <param name="Label">What the bar is, as drawn beside it (short: long labels are cut with an ellipsis).</param>
/// <param name="Value">The count, zero or more.</param>
/// <param name="FullLabel">The label in full for the chart's description when the drawn one is abbreviated ("March 2025" for "Mar").</param>
internal sealed record ChartBar(string Label, int Value, string? FullLabel = null)
{
    /// <summary>The count, never negative: a chart of counts has no bars below the axis.</summary>
    public int Value { get; } = Value >= 0 ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A bar counts something: zero or more.");

    /// <summary>The label a screen reader hears.</summary>
    public string Spoken => FullLabel ?? Label;
}
