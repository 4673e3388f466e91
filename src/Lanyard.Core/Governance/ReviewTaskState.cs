namespace Lanyard.Core.Governance;

/// <summary>Whether a review task still needs doing. Stored kebab-cased (<c>open</c>, <c>closed</c>).</summary>
public enum ReviewTaskState
{
    /// <summary>Raised and not yet done.</summary>
    Open,

    /// <summary>Done: the review was held and its outcome recorded.</summary>
    Closed,
}
