namespace Lanyard.Core.Policies;

/// <summary>Who approved a pack: a body, a committee, a single role, or named signatories.</summary>
public enum ApprovalKind
{
    /// <summary>A governing body or board.</summary>
    Body,

    /// <summary>A committee of the governing body.</summary>
    Committee,

    /// <summary>A single office-holder, e.g. the COO.</summary>
    Role,

    /// <summary>Signatures of named office-holders, e.g. Chair of Governors and Head Teacher.</summary>
    Signatories,
}
