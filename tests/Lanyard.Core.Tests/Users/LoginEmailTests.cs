using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

public class LoginEmailTests
{
    [Theory]
    [InlineData("head@school.example", "head@school.example")]
    [InlineData("  Head@School.Example\t", "head@school.example")]
    [InlineData("o'connor@stmarys.demo", "o'connor@stmarys.demo")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("@school.example", null)]
    [InlineData("head@", null)]
    [InlineData("a@b@c", null)]
    [InlineData("head teacher@school.example", null)]
    public void Normalise(string? typed, string? expected)
    {
        LoginEmail.Normalise(typed).ShouldBe(expected);
    }

    [Fact]
    public void Normalise_LongerThanTheStandardAllows_IsRefused()
    {
        LoginEmail.Normalise(new string('a', 250) + "@b.uk").ShouldBeNull();
    }
}
