using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>Who approved an account, in which role, and on what day.</summary>
public sealed record AccountApproval
{
    /// <summary>Records an approval.</summary>
    /// <param name="approver">Who approved it.</param>
    /// <param name="role">The role they approved it in (head teacher, SLT…); packs require a particular one.</param>
    /// <param name="approvedOn">The day it was approved.</param>
    /// <exception cref="ArgumentNullException">No approver.</exception>
    /// <exception cref="ArgumentException">The role is not a defined role.</exception>
    public AccountApproval(AccountPerson approver, Role role, DateOnly approvedOn)
    {
        ArgumentNullException.ThrowIfNull(approver);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentException($"Unknown role {role}.", nameof(role));
        }

        Approver = approver;
        Role = role;
        ApprovedOn = approvedOn;
    }

    /// <summary>Who approved it.</summary>
    public AccountPerson Approver { get; }

    /// <summary>The role they approved it in.</summary>
    public Role Role { get; }

    /// <summary>The day it was approved.</summary>
    public DateOnly ApprovedOn { get; }
}
