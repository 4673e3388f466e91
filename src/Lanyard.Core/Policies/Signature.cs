namespace Lanyard.Core.Policies;

/// <summary>A signature line on the policy, as the copy shows it.</summary>
public sealed record Signature
{
    /// <summary>The office-holder who signs.</summary>
    public required Role Role { get; init; }

    /// <summary>The signer's name, where printed.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the line is signed in the copy; false for a blank line.</summary>
    public required bool SignedInCopy { get; init; }

    /// <summary>The date exactly as printed, e.g. "12-10-21".</summary>
    public string? DateAsPrinted { get; init; }

    /// <summary>
    /// Every reading of the printed date. More than one means the source is ambiguous (day-first
    /// vs month-first); the loader warns rather than choosing silently.
    /// </summary>
    public IReadOnlyList<PackDate> DateReadings { get; init; } = [];
}
