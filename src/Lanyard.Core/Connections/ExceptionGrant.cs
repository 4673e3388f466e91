using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// A time-limited, recorded exception a DSL or head teacher grants for one staff member's
/// connection with one person. It lifts a hold or block only while in force, only where the pack
/// gives a route to authorise that kind of contact, and only when granted by a role that route
/// accepts; otherwise the verdict stands and says why the exception did not count.
/// </summary>
public sealed record ExceptionGrant
{
    /// <summary>Records an exception.</summary>
    /// <exception cref="ArgumentException">The grantor's name or the reason is blank, or it ends before it starts.</exception>
    public ExceptionGrant(string grantedBy, Role grantedByRole, DateOnly grantedOn, DateOnly until, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grantedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (until < grantedOn)
        {
            throw new ArgumentException($"An exception granted on {grantedOn:yyyy-MM-dd} cannot end earlier, on {until:yyyy-MM-dd}.", nameof(until));
        }

        GrantedBy = grantedBy;
        GrantedByRole = grantedByRole;
        GrantedOn = grantedOn;
        Until = until;
        Reason = reason;
    }

    /// <summary>Who granted it, by name.</summary>
    public string GrantedBy { get; }

    /// <summary>The role they granted it in.</summary>
    public Role GrantedByRole { get; }

    /// <summary>The first day it is in force.</summary>
    public DateOnly GrantedOn { get; }

    /// <summary>The last day it is in force (inclusive).</summary>
    public DateOnly Until { get; }

    /// <summary>Why it was granted.</summary>
    public string Reason { get; }

    /// <summary>Whether it is in force on <paramref name="day"/>: from the day it was granted to <see cref="Until"/>, both included.</summary>
    public bool IsInForceOn(DateOnly day) => day >= GrantedOn && day <= Until;
}
