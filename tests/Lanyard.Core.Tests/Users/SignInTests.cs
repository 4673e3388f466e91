using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

public class SignInTests
{
    private const string Password = "correct horse battery";
    private static readonly DateTimeOffset Start = new(2025, 11, 3, 8, 30, 0, TimeSpan.Zero);

    private readonly InMemoryUsers _users = new();
    private readonly FakeHasher _hasher = new();
    private readonly ManualClock _clock = new(Start);

    private Task<SignIn.Result> Attempt(string? email, string? password) =>
        SignIn.HandleAsync(new SignIn.Request(email, password), _users, _hasher, _clock, CancellationToken.None);

    [Fact]
    public async Task RightPassword_SignsIn_WithTheAccountAndItsRoles()
    {
        var account = _users.Add("head@school.example", Password, StaffRole.Headteacher, StaffRole.Dsl);

        var result = await Attempt("head@school.example", Password);

        result.Outcome.ShouldBe(SignIn.Outcome.SignedIn);
        result.Account!.Id.ShouldBe(account.Id);
        result.Account.Roles.ShouldBe([StaffRole.Headteacher, StaffRole.Dsl]);
        result.Message.ShouldBeNull();
        _users.SignIns.ShouldBe(1);
    }

    [Theory]
    [InlineData("  Head@School.EXAMPLE ")]
    [InlineData("HEAD@SCHOOL.EXAMPLE")]
    public async Task Email_IgnoresCaseAndSurroundingSpaces(string typed)
    {
        _users.Add("head@school.example", Password);

        (await Attempt(typed, Password)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task UnknownEmail_AndWrongPassword_GetTheSameMessage()
    {
        _users.Add("head@school.example", Password);

        var unknown = await Attempt("nobody@school.example", Password);
        var wrong = await Attempt("head@school.example", "not the password");

        unknown.Outcome.ShouldBe(SignIn.Outcome.Refused);
        wrong.Outcome.ShouldBe(SignIn.Outcome.Refused);
        unknown.Message.ShouldBe(SignIn.NotRightMessage);
        wrong.Message.ShouldBe(unknown.Message);
        unknown.UserId.ShouldBeNull("only the log learns which account, and there is none");
        wrong.UserId.ShouldNotBeNull();
    }

    [Fact]
    public async Task UnknownEmail_StillSpendsAHash_SoTimingDoesNotTellItApart()
    {
        await Attempt("nobody@school.example", Password);

        _hasher.Hashes.ShouldBe(1);
    }

    [Theory]
    [InlineData(null, Password)]
    [InlineData("head@school.example", null)]
    [InlineData("  ", "")]
    public async Task MissingEmailOrPassword_AsksForBoth(string? email, string? password)
    {
        _users.Add("head@school.example", Password);

        var result = await Attempt(email, password);

        result.Outcome.ShouldBe(SignIn.Outcome.Refused);
        result.Message.ShouldBe("Enter your email address and password.");
        (await _users.FindByEmailAsync("head@school.example", CancellationToken.None))!.Account.FailedSignIns.ShouldBe(0);
    }

    [Fact]
    public async Task FourWrongPasswords_DoNotLock()
    {
        _users.Add("head@school.example", Password);

        for (var i = 0; i < SignIn.MaxFailedSignIns - 1; i++)
        {
            (await Attempt("head@school.example", "guess" + i)).Outcome.ShouldBe(SignIn.Outcome.Refused);
        }

        (await Attempt("head@school.example", Password)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task FifthWrongPassword_LocksForFifteenMinutes_AndSaysWhenToTryAgain()
    {
        var account = _users.Add("head@school.example", Password);
        for (var i = 0; i < SignIn.MaxFailedSignIns - 1; i++)
        {
            await Attempt("head@school.example", "guess" + i);
        }

        var fifth = await Attempt("head@school.example", "guess 5");

        fifth.Outcome.ShouldBe(SignIn.Outcome.LockedOut);
        fifth.LockedNow.ShouldBeTrue();
        fifth.LockedUntil.ShouldBe(Start + TimeSpan.FromMinutes(15));
        fifth.UserId.ShouldBe(account.Id);
        fifth.Message.ShouldBe("This account is locked after 5 wrong passwords in a row. Try again in 15 minutes.");
    }

    [Fact]
    public async Task WhileLocked_TheRightPasswordIsRefused_WithoutBeingChecked()
    {
        _users.Add("head@school.example", Password);
        await LockAsync("head@school.example");
        _clock.Advance(TimeSpan.FromMinutes(14) + TimeSpan.FromSeconds(1));
        var checksBefore = _hasher.Verifications;

        var result = await Attempt("head@school.example", Password);

        result.Outcome.ShouldBe(SignIn.Outcome.LockedOut);
        result.LockedNow.ShouldBeFalse();
        result.Message.ShouldEndWith("Try again in 1 minute.");
        _hasher.Verifications.ShouldBe(checksBefore, "a locked account must not answer whether a guess is right");
        _users.SignIns.ShouldBe(0);
    }

    [Fact]
    public async Task AfterTheLockout_TheRightPasswordSignsIn_AndTheCountStartsAgain()
    {
        _users.Add("head@school.example", Password);
        await LockAsync("head@school.example");
        _clock.Advance(SignIn.LockoutPeriod);

        (await Attempt("head@school.example", Password)).Succeeded.ShouldBeTrue();

        (await Attempt("head@school.example", "wrong again")).Outcome.ShouldBe(SignIn.Outcome.Refused, "one failure after a clean sign-in does not lock");
    }

    [Fact]
    public async Task RightPassword_ClearsTheFailureCount()
    {
        _users.Add("head@school.example", Password);
        for (var i = 0; i < SignIn.MaxFailedSignIns - 1; i++)
        {
            await Attempt("head@school.example", "guess" + i);
        }

        await Attempt("head@school.example", Password);

        (await Attempt("head@school.example", "one more guess")).Outcome.ShouldBe(SignIn.Outcome.Refused, "consecutive failures only");
    }

    [Fact]
    public async Task HashFromOlderSettings_IsReplacedOnSignIn()
    {
        var account = _users.Add("head@school.example", Password);
        _users.ReplaceHash(account.Id, "old:" + Password);

        (await Attempt("head@school.example", Password)).Succeeded.ShouldBeTrue();

        _users.HashOf(account.Id).ShouldBe(FakeHasher.Hashed(Password));
    }

    [Fact]
    public async Task CurrentHash_IsNotRewritten()
    {
        var account = _users.Add("head@school.example", Password);

        await Attempt("head@school.example", Password);

        _hasher.Hashes.ShouldBe(0);
        _users.HashOf(account.Id).ShouldBe(FakeHasher.Hashed(Password));
    }

    [Fact]
    public void Request_PrintsNoPassword()
    {
        new SignIn.Request("head@school.example", Password).ToString()!.ShouldNotContain(Password);
    }

    private async Task LockAsync(string email)
    {
        for (var i = 0; i < SignIn.MaxFailedSignIns; i++)
        {
            await Attempt(email, "guess" + i);
        }
    }
}
