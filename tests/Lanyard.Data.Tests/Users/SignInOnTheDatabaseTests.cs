using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data.Users;

namespace Lanyard.Data.Tests.Users;

/// <summary>The sign-in use cases over the real store: lockout state survives between units of work.</summary>
public class SignInOnTheDatabaseTests
{
    private const string Password = "correct horse battery";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FiveWrongPasswords_Lock_RightPasswordRefusedWhileLocked_AcceptedAfter(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var clock = new StepClock(new DateTimeOffset(2025, 11, 3, 8, 30, 0, TimeSpan.Zero));
        var hasher = new PlainHasher();
        await using (var setup = test.Work())
        {
            var person = await StaffFixture.PersonAsync(setup, await StaffFixture.SchoolAsync(setup), roles: ["headteacher"]);
            (await CreateUserAccount.HandleAsync(new CreateUserAccount.Request(person, "Head@School.Example", Password), new UserStore(setup), hasher, clock, CancellationToken.None)).Succeeded.ShouldBeTrue();
            await setup.CommitAsync(CancellationToken.None);
        }

        // Each attempt is its own request: its own unit of work, committed.
        async Task<SignIn.Result> Attempt(string password)
        {
            await using var work = test.Work();
            var result = await SignIn.HandleAsync(new SignIn.Request("head@school.example", password), new UserStore(work), hasher, clock, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
            return result;
        }

        for (var i = 1; i < SignIn.MaxFailedSignIns; i++)
        {
            (await Attempt("guess " + i)).Outcome.ShouldBe(SignIn.Outcome.Refused);
        }

        (await Attempt("guess 5")).Outcome.ShouldBe(SignIn.Outcome.LockedOut);
        clock.Now += TimeSpan.FromMinutes(10);
        (await Attempt(Password)).Outcome.ShouldBe(SignIn.Outcome.LockedOut);
        clock.Now += TimeSpan.FromMinutes(5);
        var after = await Attempt(Password);

        after.Outcome.ShouldBe(SignIn.Outcome.SignedIn);
        after.Account!.Roles.ShouldBe([StaffRole.Headteacher]);
    }

    private sealed class StepClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class PlainHasher : IPasswordHasher
    {
        public string Hash(string password) => "plain:" + password;

        public PasswordCheck Verify(string hash, string password) => hash == "plain:" + password ? PasswordCheck.Succeeded : PasswordCheck.Failed;
    }
}
