namespace Lanyard.Core.Policies;

/// <summary>What sort of obligation a clause is (CLAUSES.md §1, "kind").</summary>
public enum ClauseKind
{
    /// <summary>What may or may not be posted, published, sent or uploaded.</summary>
    Content,

    /// <summary>Who a member of staff (or pupil) may friend, follow, message or accept contact from.</summary>
    Connection,

    /// <summary>Rules about accounts themselves: register, approval, linked email, admins, separation.</summary>
    Account,

    /// <summary>When, where and how systems may be used.</summary>
    Usage,

    /// <summary>A casework or reporting step.</summary>
    Procedure,

    /// <summary>Approval, review, versions, declarations, training, related policies.</summary>
    Governance,

    /// <summary>Advice the document offers without making it mandatory.</summary>
    Guidance,

    /// <summary>Who, what, when and which devices the policy covers.</summary>
    Scope,

    /// <summary>A term the rules depend on.</summary>
    Definition,
}
