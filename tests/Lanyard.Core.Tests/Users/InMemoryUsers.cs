using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

/// <summary>
/// The use cases' view of the user store, in memory, for testing their decisions; the real store is
/// tested against both databases in Lanyard.Data.Tests.
/// </summary>
internal sealed class InMemoryUsers : IUserStore
{
    private readonly List<Row> _rows = [];

    public int SignIns { get; private set; }

    public string HashOf(long id) => _rows.Single(r => r.Id == id).Hash;

    public void ReplaceHash(long id, string hash) => _rows.Single(r => r.Id == id).Hash = hash;

    public UserAccount Add(string email, string password, params StaffRole[] roles)
    {
        var row = new Row(_rows.Count + 1, _rows.Count + 100, LoginEmail.Normalise(email)!, FakeHasher.Hashed(password), roles);
        _rows.Add(row);
        return row.ToAccount();
    }

    public Task<UserCredentials?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Find(r => r.Email == email) is { } row ? new UserCredentials(row.ToAccount(), row.Hash) : null);

    public Task<UserAccount?> FindAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Find(r => r.Id == id)?.ToAccount());

    public Task<UserAccount?> FindByPersonAsync(long personId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Find(r => r.PersonId == personId)?.ToAccount());

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => Task.FromResult(_rows.Count > 0);

    public Task<UserAccount> AddAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        var row = new Row(_rows.Count + 1, account.PersonId, account.Email, account.PasswordHash, []);
        _rows.Add(row);
        return Task.FromResult(row.ToAccount());
    }

    public Task<LockoutState> RecordFailedSignInAsync(long id, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        var row = _rows.Single(r => r.Id == id);
        row.Failed++;
        if (row.Failed >= maxFailures)
        {
            row.Failed = 0;
            row.LockedUntil = lockUntil;
        }

        return Task.FromResult(new LockoutState(row.Failed, row.LockedUntil));
    }

    public Task RecordSignInAsync(long id, DateTimeOffset at, string? newPasswordHash, CancellationToken cancellationToken)
    {
        var row = _rows.Single(r => r.Id == id);
        row.Failed = 0;
        row.LockedUntil = null;
        row.Hash = newPasswordHash ?? row.Hash;
        SignIns++;
        return Task.CompletedTask;
    }

    private sealed class Row(long id, long personId, string email, string hash, StaffRole[] roles)
    {
        public long Id { get; } = id;

        public long PersonId { get; } = personId;

        public string Email { get; } = email;

        public string Hash { get; set; } = hash;

        public int Failed { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }

        public UserAccount ToAccount() => new(Id, PersonId, Email, "Test Person", 1, roles, Failed, LockedUntil);
    }
}
