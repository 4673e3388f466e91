namespace Lanyard.Core.Policies;

/// <summary>
/// How serious a breach of a clause is, in the words schools use. A pack sets it per clause
/// (e.g. St Mary's 8.1 makes breaches of 4.1(a–e) and 5.4(a–f) potential gross misconduct).
/// </summary>
public enum Severity
{
    /// <summary>Advice only: the author is told, nothing is recorded against them.</summary>
    Advisory,

    /// <summary>A breach of the policy, dealt with internally.</summary>
    Breach,

    /// <summary>A breach that may be a disciplinary matter.</summary>
    Disciplinary,

    /// <summary>A breach the policy names as potential gross misconduct.</summary>
    PotentialGrossMisconduct,

    /// <summary>Conduct that may be a crime: the police are involved.</summary>
    Criminal,
}
