namespace Lanyard.Core.Governance;

/// <summary>Where one member of staff stands against the declaration the policy in force asks for.</summary>
public enum DeclarationState
{
    /// <summary>Never signed under this pack: the whole policy is outstanding.</summary>
    Outstanding,

    /// <summary>Signed an earlier version: only the changed clauses are outstanding.</summary>
    Reacknowledge,

    /// <summary>Signed the version in force, or nothing binding has changed since the version they signed.</summary>
    UpToDate,
}
