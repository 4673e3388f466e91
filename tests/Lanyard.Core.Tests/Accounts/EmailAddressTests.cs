using Lanyard.Core.Accounts;

namespace Lanyard.Core.Tests.Accounts;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("office@testbourne.hants.sch.uk", "testbourne.hants.sch.uk")]
    [InlineData("j.o'neill+social@Heathcoat.Devon.SCH.uk", "heathcoat.devon.sch.uk")]
    [InlineData("a@b.co", "b.co")]
    public void TryParse_WellFormed_KeepsLowerCasedDomain(string text, string domain)
    {
        EmailAddress.TryParse(text, out var address).ShouldBeTrue();
        address!.Domain.ShouldBe(domain);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("office")]
    [InlineData("office@localhost")]
    [InlineData(".office@school.sch.uk")]
    [InlineData("off..ice@school.sch.uk")]
    [InlineData("office@-school.sch.uk")]
    [InlineData("office@school.sch.u1")]
    [InlineData("off ice@school.sch.uk")]
    [InlineData("office@school..sch.uk")]
    public void TryParse_Malformed_False(string? text) =>
        EmailAddress.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("x@testbourne.hants.sch.uk", true)]
    [InlineData("x@mail.testbourne.hants.sch.uk", true)]
    [InlineData("x@nottestbourne.hants.sch.uk", false)]
    [InlineData("x@testbourne.hants.sch.uk.example.com", false)]
    public void IsInDomain_SameOrSubdomainOnly(string text, bool expected) =>
        EmailAddress.Parse(text).IsInDomain("testbourne.hants.sch.uk").ShouldBe(expected);
}
