using Lanyard.Core.People;

namespace Lanyard.Core.Users;

/// <summary>
/// A member of staff who can sign in: their login, who they are in the people register, which
/// organisation they belong to, their roles, and the state of their lockout. Valid from the moment
/// it exists and never changes; a sign-in that changes the state reads a new one. A class, not a
/// record, so that printing one (in a log line, an exception) shows no email or name.
/// </summary>
public sealed class UserAccount
{
    /// <summary>Creates an account, checking every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range or empty.</exception>
    public UserAccount(long id, long personId, string email, string displayName, long organisationId, IEnumerable<StaffRole> roles, int failedSignIns, DateTimeOffset? lockedUntil)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(personId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(organisationId);
        ArgumentOutOfRangeException.ThrowIfNegative(failedSignIns);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(roles);
        if (LoginEmail.Normalise(email) is not { } normalised || normalised != email)
        {
            throw new ArgumentException("The login email must be stored normalised (trimmed, lower case).", nameof(email));
        }

        Id = id;
        PersonId = personId;
        Email = email;
        DisplayName = displayName;
        OrganisationId = organisationId;
        Roles = [.. roles.Distinct().Order()];
        FailedSignIns = failedSignIns;
        LockedUntil = lockedUntil;
    }

    /// <summary>The account's id (<c>users.id</c>); the only thing about a user that is logged.</summary>
    public long Id { get; }

    /// <summary>The member of staff in the people register.</summary>
    public long PersonId { get; }

    /// <summary>The login email, normalised (see <see cref="LoginEmail"/>).</summary>
    public string Email { get; }

    /// <summary>The name shown to the user and their colleagues.</summary>
    public string DisplayName { get; }

    /// <summary>The school, trust or federation the member of staff belongs to.</summary>
    public long OrganisationId { get; }

    /// <summary>Their roles in declaration order, without repeats; may be empty.</summary>
    public IReadOnlyList<StaffRole> Roles { get; }

    /// <summary>Wrong passwords since the last successful sign-in or lockout.</summary>
    public int FailedSignIns { get; }

    /// <summary>When a lockout ends; null or past when the account is not locked.</summary>
    public DateTimeOffset? LockedUntil { get; }

    /// <summary>Whether the account is locked at <paramref name="now"/>.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
