namespace Lanyard.Core.Users;

/// <summary>
/// Where sign-in accounts are kept. Implemented over a real database in Lanyard.Data; every account
/// belongs to a member of staff in the people register, whose name, organisation and roles it reads.
/// </summary>
public interface IUserStore
{
    /// <summary>The account with this normalised login email and its password hash, or null.</summary>
    Task<UserCredentials?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The account with this id, or null (it was removed, or its person was).</summary>
    Task<UserAccount?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>The account of this member of staff, or null when they have none.</summary>
    Task<UserAccount?> FindByPersonAsync(long personId, CancellationToken cancellationToken);

    /// <summary>Whether any account exists (demo seeding runs only into an empty table).</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>Adds an account and returns it.</summary>
    /// <exception cref="InvalidOperationException">The person is not a member of staff in the register.</exception>
    Task<UserAccount> AddAsync(NewUserAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one more wrong password, atomically (two failures at once both count). When the count
    /// reaches <paramref name="maxFailures"/> the account is locked until <paramref name="lockUntil"/>
    /// and the count starts again. Returns the counters as they now are.
    /// </summary>
    Task<LockoutState> RecordFailedSignInAsync(long id, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Records a successful sign-in: clears the failure count and any lockout, notes the time and,
    /// when <paramref name="newPasswordHash"/> is given, replaces the stored hash.
    /// </summary>
    Task RecordSignInAsync(long id, DateTimeOffset at, string? newPasswordHash, CancellationToken cancellationToken);
}
