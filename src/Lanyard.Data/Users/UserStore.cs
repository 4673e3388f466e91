using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Data.Users;

/// <summary>
/// Sign-in accounts, on either provider, inside the request's unit of work. An account reads its
/// name, organisation and roles from the people register, and only a member of staff's account is
/// ever found: a row pointing at a pupil or parent cannot sign in.
/// </summary>
public sealed class UserStore : IUserStore
{
    // Emails are normalised before they get here; the unique index is on lower(email) on both engines.
    private const string SelectAccount = """
        SELECT u.id AS Id, u.person_id AS PersonId, u.email AS Email, u.password_hash AS PasswordHash,
               COALESCE(NULLIF(trim(p.preferred_name), ''), p.given_name) || ' ' || p.family_name AS DisplayName,
               p.organisation_id AS OrganisationId, u.failed_sign_ins AS FailedSignIns, u.locked_until AS LockedUntil
        FROM users u
        JOIN people p ON p.id = u.person_id AND p.kind = 'staff'
        """;

    private readonly UnitOfWork _work;

    /// <summary>A store that runs in the given unit of work.</summary>
    public UserStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<UserCredentials?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var row = await FindRowAsync("lower(u.email) = @Email", new { Email = email }, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new UserCredentials(await ToAccountAsync(row, cancellationToken).ConfigureAwait(false), row.PasswordHash);
    }

    /// <inheritdoc />
    public async Task<UserAccount?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync("u.id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        return row is null ? null : await ToAccountAsync(row, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<UserAccount?> FindByPersonAsync(long personId, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync("u.person_id = @PersonId", new { PersonId = personId }, cancellationToken).ConfigureAwait(false);
        return row is null ? null : await ToAccountAsync(row, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        await _work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM (SELECT 1 FROM users LIMIT 1) AS any_user", null, cancellationToken).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async Task<UserAccount> AddAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Inserting from the people table makes "only staff have sign-ins" a property of the statement:
        // no row is written for a pupil, a parent or a person who does not exist.
        var added = await _work.ExecuteAsync(
            """
            INSERT INTO users (person_id, email, password_hash, failed_sign_ins, created_at)
            SELECT id, @Email, @PasswordHash, 0, @CreatedAt FROM people WHERE id = @PersonId AND kind = 'staff'
            """,
            new { account.PersonId, account.Email, account.PasswordHash, account.CreatedAt },
            cancellationToken).ConfigureAwait(false);
        if (added == 0)
        {
            throw new InvalidOperationException($"Person {account.PersonId} is not a member of staff in the people register, so cannot have a sign-in.");
        }

        return await FindByPersonAsync(account.PersonId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The sign-in just added for person {account.PersonId} could not be read back.");
    }

    /// <inheritdoc />
    public async Task<LockoutState> RecordFailedSignInAsync(long id, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFailures);
        // One statement increments and locks, so two wrong passwords arriving together both count
        // (PostgreSQL's row lock serialises them; SQLite has one writer). SET reads the old values.
        await _work.ExecuteAsync(
            """
            UPDATE users SET
                failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @Max THEN 0 ELSE failed_sign_ins + 1 END,
                locked_until = CASE WHEN failed_sign_ins + 1 >= @Max THEN @LockUntil ELSE locked_until END
            WHERE id = @Id
            """,
            new { Id = id, Max = maxFailures, LockUntil = lockUntil },
            cancellationToken).ConfigureAwait(false);
        var state = await _work.QuerySingleOrDefaultAsync<LockoutRow>(
            "SELECT failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil FROM users WHERE id = @Id",
            new { Id = id },
            cancellationToken).ConfigureAwait(false);
        return state is null
            ? throw new InvalidOperationException($"No sign-in has id {id}.")
            : new LockoutState(checked((int)state.FailedSignIns), state.LockedUntil);
    }

    /// <inheritdoc />
    public async Task RecordSignInAsync(long id, DateTimeOffset at, string? newPasswordHash, CancellationToken cancellationToken)
    {
        await _work.ExecuteAsync(
            """
            UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = @At,
                password_hash = COALESCE(@NewHash, password_hash)
            WHERE id = @Id
            """,
            new { Id = id, At = at, NewHash = newPasswordHash },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<AccountRow?> FindRowAsync(string where, object parameters, CancellationToken cancellationToken) =>
        await _work.QuerySingleOrDefaultAsync<AccountRow>(SelectAccount + " WHERE " + where, parameters, cancellationToken).ConfigureAwait(false);

    private async Task<UserAccount> ToAccountAsync(AccountRow row, CancellationToken cancellationToken)
    {
        var names = await _work.QueryAsync<string>(
            "SELECT role FROM staff_roles WHERE person_id = @PersonId",
            new { row.PersonId },
            cancellationToken).ConfigureAwait(false);
        // A role this version does not know grants nothing.
        var roles = names.Select(n => StaffRoleNames.TryParse(n, out var role) ? role : null).OfType<StaffRole>();
        return new UserAccount(row.Id, row.PersonId, row.Email, row.DisplayName, row.OrganisationId, roles, checked((int)row.FailedSignIns), row.LockedUntil);
    }

    // Classes with setters rather than positional records: Dapper matches a record's constructor by exact
    // column type, and a counter is 32-bit on PostgreSQL but 64-bit on SQLite.
    private sealed class AccountRow
    {
        public long Id { get; set; }

        public long PersonId { get; set; }

        public string Email { get; set; } = string.Empty;

        public string PasswordHash { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public long OrganisationId { get; set; }

        public long FailedSignIns { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }

    private sealed class LockoutRow
    {
        public long FailedSignIns { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
