namespace Lanyard.Core.Time;

/// <summary>Which of the UK's two clocks a time is on: Greenwich Mean Time in winter, British Summer Time (UTC+1) in summer.</summary>
public enum UkZone
{
    /// <summary>Greenwich Mean Time, UTC+0.</summary>
    Gmt,

    /// <summary>British Summer Time, UTC+1.</summary>
    Bst,
}
