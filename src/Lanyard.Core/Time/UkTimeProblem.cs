namespace Lanyard.Core.Time;

/// <summary>Why a UK wall-clock time could not be read as one instant.</summary>
public enum UkTimeProblem
{
    /// <summary>It names exactly one instant.</summary>
    None,

    /// <summary>It never happened: the hour skipped when the clocks go forward (01:00–01:59 on the last Sunday of March).</summary>
    Gap,

    /// <summary>It happened twice: the hour repeated when the clocks go back (01:00–01:59 on the last Sunday of October).</summary>
    Ambiguous,
}
