namespace Lanyard.Core.Policies;

/// <summary>
/// The answer a check gives, ordered from least to most restrictive so that the strictest
/// finding decides an overall verdict.
/// </summary>
public enum Verdict
{
    /// <summary>The action goes ahead.</summary>
    Allow,

    /// <summary>The action goes ahead; an advisory message is shown and logged.</summary>
    Warn,

    /// <summary>The action is recorded for human review.</summary>
    Flag,

    /// <summary>The action waits for approval or advice from a named role.</summary>
    Hold,

    /// <summary>The action is refused (for the account register: rejected).</summary>
    Block,
}
