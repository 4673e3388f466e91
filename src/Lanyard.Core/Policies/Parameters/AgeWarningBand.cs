namespace Lanyard.Core.Policies.Parameters;

/// <summary>A further band in which contact is allowed with a warning (§3 row 3: Testbourne warns up to 25).</summary>
public sealed record AgeWarningBand : PackParameter
{
    /// <summary>Contact is warned while the person is under this age.</summary>
    public required int UntilAge { get; init; }
}
