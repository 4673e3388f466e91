namespace Lanyard.Core.Governance;

/// <summary>What a declaration acknowledged. Stored kebab-cased.</summary>
public enum DeclarationScope
{
    /// <summary>The whole policy: the member of staff's first declaration under this pack.</summary>
    WholePolicy,

    /// <summary>Only the clauses that changed since the version they last signed.</summary>
    ChangedClauses,
}
