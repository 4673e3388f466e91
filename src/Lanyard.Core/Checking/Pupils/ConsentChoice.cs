namespace Lanyard.Core.Checking.Pupils;

/// <summary>What a parent (or the pupil) said for one school year.</summary>
public enum ConsentChoice
{
    /// <summary>Consent given.</summary>
    Given,

    /// <summary>Consent refused, or an objection recorded (opt-out).</summary>
    Refused,
}
