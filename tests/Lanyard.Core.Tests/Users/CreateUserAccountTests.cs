using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

public class CreateUserAccountTests
{
    private readonly InMemoryUsers _users = new();
    private readonly FakeHasher _hasher = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    private Task<CreateUserAccount.Result> Create(long personId, string? email, string? password) =>
        CreateUserAccount.HandleAsync(new CreateUserAccount.Request(personId, email, password), _users, _hasher, _clock, CancellationToken.None);

    [Fact]
    public async Task ValidRequest_StoresTheNormalisedEmailAndOnlyAHash()
    {
        var result = await Create(7, " New.Teacher@School.Example ", "three random words");

        result.Succeeded.ShouldBeTrue();
        result.Account!.Email.ShouldBe("new.teacher@school.example");
        _users.HashOf(result.Account.Id).ShouldBe(FakeHasher.Hashed("three random words"));
    }

    [Theory]
    [InlineData("", "Email", "Enter an email address, like name@school.org.uk.")]
    [InlineData("no-at-sign", "Email", "Enter an email address, like name@school.org.uk.")]
    [InlineData("two@@signs.example", "Email", "Enter an email address, like name@school.org.uk.")]
    [InlineData("spaced out@school.example", "Email", "Enter an email address, like name@school.org.uk.")]
    public async Task MalformedEmail_IsRefused(string email, string field, string message)
    {
        var result = await Create(7, email, "three random words");

        result.Errors[field].ShouldBe(message);
        (await _users.AnyAsync(CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task EmailInUse_WhateverItsCase_IsRefused()
    {
        await Create(7, "head@school.example", "three random words");

        var result = await Create(8, "HEAD@school.example", "three random words");

        result.Errors["Email"].ShouldBe("Another sign-in already uses that email address.");
    }

    [Fact]
    public async Task SecondSignInForTheSamePerson_IsRefused()
    {
        await Create(7, "head@school.example", "three random words");

        var result = await Create(7, "head.again@school.example", "three random words");

        result.Errors["PersonId"].ShouldBe("This member of staff already has a sign-in.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("elevenchars")]
    public async Task ShortPassword_IsRefused_AndNothingIsHashed(string? password)
    {
        var result = await Create(7, "head@school.example", password);

        result.Errors["Password"].ShouldBe("Choose a password of at least 12 characters; three random words work well.");
        _hasher.Hashes.ShouldBe(0);
    }

    [Fact]
    public async Task OverlongPassword_IsRefused()
    {
        var result = await Create(7, "head@school.example", new string('x', CreateUserAccount.MaxPasswordLength + 1));

        result.Errors["Password"].ShouldBe("Choose a password of at most 256 characters.");
    }
}
