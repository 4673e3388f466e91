using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>A register entry is well-formed from the moment it exists; whether it meets a policy is another question.</summary>
public sealed class OfficialAccountTests
{
    private static OfficialAccount Make(string? handle = "@TestbourneCS", string? url = null, long organisationId = 7, string? linkedEmail = null, IEnumerable<AccountPerson>? admins = null, int? platformMinimumAge = null, string? policyLinkUrl = null) =>
        new(AccountPlatform.Named("Twitter"), handle, url, organisationId, AccountPurpose.Communications, linkedEmail, admins, platformMinimumAge: platformMinimumAge, policyLinkUrl: policyLinkUrl);

    [Fact]
    public void Constructor_TrimsAndKeepsTheFacts()
    {
        var account = Make(handle: "  @TestbourneCS ", linkedEmail: " Office@Testbourne.Hants.Sch.UK ");

        account.Handle.ShouldBe("@TestbourneCS");
        account.LinkedEmail!.ToString().ShouldBe("Office@testbourne.hants.sch.uk");
        account.PupilAccess.ShouldBe(PupilAccess.None);
        account.PersonalAccountLink.ShouldBe(PersonalAccountLink.Separate);
        account.ToString().ShouldBe("Twitter @TestbourneCS");
    }

    [Fact]
    public void Constructor_UrlOnly_IsEnough() =>
        Make(handle: null, url: "https://www.facebook.com/testbournecs").Address.ShouldBe("https://www.facebook.com/testbournecs");

    [Theory]
    [InlineData(null, null, "handle")]
    [InlineData("  ", "", "handle")]
    [InlineData("@Testbourne CS", null, "handle")]
    [InlineData(null, "facebook.com/testbournecs", "url")]
    [InlineData(null, "ftp://files.example/testbourne", "url")]
    public void Constructor_NoWayToFindTheAccount_Throws(string? handle, string? url, string paramName) =>
        Should.Throw<ArgumentException>(() => Make(handle, url)).ParamName.ShouldBe(paramName);

    [Theory]
    [InlineData("office")]
    [InlineData("office@")]
    [InlineData("@testbourne.hants.sch.uk")]
    [InlineData("office@@testbourne.hants.sch.uk")]
    [InlineData("Office <office@testbourne.hants.sch.uk>")]
    public void Constructor_MalformedEmail_Throws(string email) =>
        Should.Throw<ArgumentException>(() => Make(linkedEmail: email)).ParamName.ShouldBe("linkedEmail");

    [Fact]
    public void Constructor_NoOrganisation_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Make(organisationId: 0));

    [Fact]
    public void Constructor_SameAdminTwice_Throws() =>
        Should.Throw<ArgumentException>(() => Make(admins: [new AccountPerson(4, "Jo"), new AccountPerson(4, "Jo Bloggs")])).ParamName.ShouldBe("admins");

    [Fact]
    public void Constructor_ImplausiblePlatformAge_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Make(platformMinimumAge: 30));

    [Fact]
    public void Constructor_PolicyLinkNotAWebAddress_Throws() =>
        Should.Throw<ArgumentException>(() => Make(policyLinkUrl: "see website")).ParamName.ShouldBe("policyLinkUrl");

    [Fact]
    public void Constructor_PolicyLinkUrl_CountsAsPresent() =>
        Make(policyLinkUrl: "https://testbourne.example/policy").HasPolicyLink.ShouldBeTrue();

    [Fact]
    public void AccountPlatform_LinkedIn_IsAProfessionalNetwork()
    {
        AccountPlatform.Named(" linkedin ").Kind.ShouldBe(PlatformKind.ProfessionalNetwork);
        AccountPlatform.Named("Facebook").Kind.ShouldBeNull();
        Should.Throw<ArgumentException>(() => AccountPlatform.Named(" "));
    }

    [Fact]
    public void AccountPerson_NeedsAnIdOrAName()
    {
        Should.Throw<ArgumentException>(() => new AccountPerson(null, " "));
        Should.Throw<ArgumentException>(() => new AccountPerson(0, "Jo"));
        Should.Throw<ArgumentException>(() => new AccountPerson(null, "Agency", "not-an-email"));
        new AccountPerson(null, "Well Chuffed Comms", "team@wellchuffed.example").ToString().ShouldBe("Well Chuffed Comms");
    }

    [Fact]
    public void AccountApproval_UndefinedRole_Throws() =>
        Should.Throw<ArgumentException>(() => new AccountApproval(new AccountPerson(1), (Role)999, new DateOnly(2025, 1, 1)));

    [Theory]
    [InlineData(-1)]
    [InlineData(14)]
    public void PupilAccess_YearGroupOutOfRange_Throws(int year) =>
        Should.Throw<ArgumentOutOfRangeException>(() => PupilAccess.Pupils([year]));

    [Fact]
    public void PupilAccess_YearGroups_SortedAndDistinct() =>
        PupilAccess.Pupils([9, 7, 9]).YearGroups.ShouldBe([7, 9]);

    [Fact]
    public void AccountContext_NeedsAValidSchoolDomain()
    {
        Should.Throw<ArgumentException>(() => new AccountContext(AccountFacts.Today, []));
        Should.Throw<ArgumentException>(() => new AccountContext(AccountFacts.Today, ["testbourne"]));
        Should.Throw<ArgumentException>(() => new AccountContext(AccountFacts.Today, ["x.uk"], [AccountFacts.Today.AddDays(1)]));
        new AccountContext(AccountFacts.Today, ["@Testbourne.Hants.Sch.UK"]).SchoolEmailDomains.ShouldBe(["testbourne.hants.sch.uk"]);
    }
}
