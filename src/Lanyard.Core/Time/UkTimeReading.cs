namespace Lanyard.Core.Time;

/// <summary>
/// A UK wall-clock time read back to an instant, or refused with the reason. A refusal never
/// carries a guess: <see cref="Instant"/> is null unless <see cref="Problem"/> is
/// <see cref="UkTimeProblem.None"/>.
/// </summary>
public sealed record UkTimeReading
{
    private UkTimeReading(DateTime wallClock, DateTimeOffset? instant, UkTimeProblem problem, string? error)
    {
        WallClock = wallClock;
        Instant = instant;
        Problem = problem;
        Error = error;
    }

    /// <summary>The time as typed, on the UK clock.</summary>
    public DateTime WallClock { get; }

    /// <summary>The instant it names (offset +00:00 or +01:00, as the clock showed), or null when refused.</summary>
    public DateTimeOffset? Instant { get; }

    /// <summary>Why it was refused, or <see cref="UkTimeProblem.None"/>.</summary>
    public UkTimeProblem Problem { get; }

    /// <summary>What to tell the person who typed it, or null when it was read.</summary>
    public string? Error { get; }

    /// <summary>Whether it was read as exactly one instant.</summary>
    public bool Succeeded => Problem == UkTimeProblem.None;

    internal static UkTimeReading Read(DateTime wallClock, DateTimeOffset instant) => new(wallClock, instant, UkTimeProblem.None, null);

    internal static UkTimeReading Refused(DateTime wallClock, UkTimeProblem problem, string error) => new(wallClock, null, problem, error);
}
