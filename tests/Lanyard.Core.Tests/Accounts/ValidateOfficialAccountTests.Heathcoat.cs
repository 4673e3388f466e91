using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>
/// Heathcoat "Sanctioned use of social media": limited admins for every school account
/// (sanctioned.03); for educational accounts, the head teacher's approval, separation from personal
/// accounts, a school email, leadership told before pupils get access, and a link to the policy
/// (sanctioned.05–.11); and no school email on personal accounts (staff.15–.16).
/// </summary>
public sealed partial class ValidateOfficialAccountTests
{
    [Fact]
    public void Heathcoat_Sanctioned07_PersonalEmail_Rejects()
    {
        var result = (AccountFacts.Compliant with { LinkedEmail = "mr.jones@gmail.com" }).ValidateUnder(Heathcoat);

        result.Decision.ShouldBe(AccountDecision.Rejected);
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ClauseId.ShouldBe("heathcoat.sanctioned.07");
        problem.Verdict.ShouldBe(Verdict.Block);
        problem.Message.ShouldContain("mr.jones@gmail.com");
        problem.Message.ShouldContain("heathcoat.devon.sch.uk");
    }

    /// <summary>
    /// sanctioned.05–.11 follow "When using social media for educational purposes": the school's own
    /// communications accounts (sanctioned.02) are not bound by them, and the answer says why.
    /// </summary>
    [Fact]
    public void Heathcoat_Sanctioned05To11_CommunicationsAccount_NotBoundAndSaysWhy()
    {
        var facts = AccountFacts.Compliant with
        {
            Purpose = AccountPurpose.Communications,
            LinkedEmail = "office.heathcoat@gmail.com",
            Approval = null,
            PolicyLinkUrl = null,
        };

        var result = facts.ValidateUnder(Heathcoat);

        result.Decision.ShouldBe(AccountDecision.Accepted);
        result.Notes.ShouldContain(n => n.Contains("heathcoat.sanctioned.07", StringComparison.Ordinal) && n.Contains("communications account", StringComparison.Ordinal));
        result.Notes.Count.ShouldBe(5);
    }

    [Theory]
    [InlineData(AccountPurpose.Communications)]
    [InlineData(AccountPurpose.Curriculum)]
    [InlineData(AccountPurpose.ClosedSpace)]
    public void Heathcoat_Sanctioned03_NoAdminsListed_RejectsAnySchoolAccount(AccountPurpose purpose)
    {
        var problem = (AccountFacts.Compliant with { Purpose = purpose, Admins = [] }).ValidateUnder(Heathcoat).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("heathcoat.sanctioned.03");
        problem.Field.ShouldBe(nameof(OfficialAccount.Admins));
    }

    [Fact]
    public void Heathcoat_Sanctioned03_OutsideAgencyAsAdmin_Accepted() =>
        (AccountFacts.Compliant with { Admins = [new AccountPerson(null, "Well Chuffed Comms", "team@wellchuffed.example")] })
            .ValidateUnder(Heathcoat).Decision.ShouldBe(AccountDecision.Accepted);

    public static TheoryData<AccountApproval?> Heathcoat05NotTheHeadteacher() => new()
    {
        null,
        new AccountApproval(new AccountPerson(2, "Deputy"), Role.Slt, new DateOnly(2025, 1, 6)),
        new AccountApproval(new AccountPerson(3, "Deputy head"), Role.DeputyHead, new DateOnly(2025, 1, 6)),
        new AccountApproval(new AccountPerson(1, "Head"), Role.Headteacher, new DateOnly(2025, 6, 1)),
    };

    /// <summary>sanctioned.05: "with the express approval of the Head teacher" — nobody else's will do.</summary>
    [Theory]
    [MemberData(nameof(Heathcoat05NotTheHeadteacher))]
    public void Heathcoat_Sanctioned05_WithoutHeadteachersApproval_Rejects(AccountApproval? approval)
    {
        var problem = (AccountFacts.Compliant with { Approval = approval }).ValidateUnder(Heathcoat).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("heathcoat.sanctioned.05");
        problem.Verdict.ShouldBe(Verdict.Block);
        problem.Message.ShouldContain("head teacher");
    }

    [Fact]
    public void Heathcoat_Sanctioned06_LinkedToStaffPersonalProfile_Rejects()
    {
        var problem = (AccountFacts.Compliant with { PersonalAccountLink = PersonalAccountLink.LinkedToPersonalAccount })
            .ValidateUnder(Heathcoat).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("heathcoat.sanctioned.06");
        problem.Field.ShouldBe(nameof(OfficialAccount.PersonalAccountLink));
    }

    [Fact]
    public void Heathcoat_Sanctioned06_StaffPersonalAccountAsClassAccount_Rejects() =>
        (AccountFacts.Compliant with { PersonalAccountLink = PersonalAccountLink.IsPersonalAccount, LinkedEmail = "mr.jones@gmail.com" })
            .ValidateUnder(Heathcoat).Problems.Select(p => p.ClauseId)
            .ShouldBe(["heathcoat.sanctioned.06", "heathcoat.sanctioned.07"], ignoreOrder: true);

    [Fact]
    public void Heathcoat_Sanctioned08_PupilAccessWithoutLeadershipNotified_Rejects()
    {
        var facts = AccountFacts.Compliant with { PupilAccess = PupilAccess.Pupils([6]), LeadershipNotifiedOn = null, Platform = AccountPlatform.Named("Seesaw"), PlatformMinimumAge = 0 };

        var problem = facts.ValidateUnder(Heathcoat).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("heathcoat.sanctioned.08");
        problem.Field.ShouldBe(nameof(OfficialAccount.LeadershipNotifiedOn));
    }

    [Fact]
    public void Heathcoat_Sanctioned08_LeadershipToldAfterPupilsGotAccess_Rejects()
    {
        var facts = AccountFacts.Compliant with
        {
            PupilAccess = PupilAccess.Pupils([6], since: new DateOnly(2025, 1, 6)),
            LeadershipNotifiedOn = new DateOnly(2025, 1, 20),
            Platform = AccountPlatform.Named("Seesaw"),
            PlatformMinimumAge = 0,
        };

        var problem = facts.ValidateUnder(Heathcoat).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("heathcoat.sanctioned.08");
        problem.Message.ShouldContain("before pupils get access");
    }

    [Fact]
    public void Heathcoat_Sanctioned08_NoPupilAccess_NotificationNotNeeded() =>
        (AccountFacts.Compliant with { LeadershipNotifiedOn = null }).ValidateUnder(Heathcoat).Decision.ShouldBe(AccountDecision.Accepted);

    [Theory]
    [InlineData(null, false, AccountDecision.Rejected)]
    [InlineData(null, true, AccountDecision.Accepted)]
    [InlineData("https://www.heathcoat.devon.sch.uk/policies/social-media", false, AccountDecision.Accepted)]
    public void Heathcoat_Sanctioned11_LinkToPolicyOnSchoolWebsite(string? url, bool confirmed, AccountDecision expected)
    {
        var result = (AccountFacts.Compliant with { PolicyLinkUrl = url, PolicyLinkConfirmed = confirmed }).ValidateUnder(Heathcoat);

        result.Decision.ShouldBe(expected);
        result.Problems.Select(p => p.ClauseId).ShouldBe(expected == AccountDecision.Rejected ? ["heathcoat.sanctioned.11"] : []);
    }

    /// <summary>staff.15 and staff.16 each forbid a school email on a personal account: both are cited, and each only flags.</summary>
    [Fact]
    public void Heathcoat_Staff15_Staff16_PersonalAccountOnSchoolEmail_Flags()
    {
        var facts = AccountFacts.Compliant with { Purpose = AccountPurpose.Communications, PersonalAccountLink = PersonalAccountLink.IsPersonalAccount };

        var result = facts.ValidateUnder(Heathcoat);

        result.Decision.ShouldBe(AccountDecision.Flagged);
        result.Problems.Select(p => (p.ClauseId, p.Verdict)).ShouldBe([("heathcoat.staff.15", Verdict.Flag), ("heathcoat.staff.16", Verdict.Flag)]);
    }

    [Fact]
    public void Heathcoat_Staff15_SchoolAccountOnSchoolEmail_NotAPersonalAccount_Accepted() =>
        (AccountFacts.Compliant with { Purpose = AccountPurpose.Communications }).ValidateUnder(Heathcoat).Decision.ShouldBe(AccountDecision.Accepted);

    /// <summary>students.02: "only over 13s should be using Facebook", read as 13+.</summary>
    [Theory]
    [InlineData(9, AccountDecision.Accepted)]
    [InlineData(10, AccountDecision.Accepted)]
    [InlineData(8, AccountDecision.Rejected)]
    [InlineData(5, AccountDecision.Rejected)]
    public void Heathcoat_Students02_FacebookForThirteenAndOver(int yearGroup, AccountDecision expected)
    {
        var facts = AccountFacts.Compliant with { Platform = AccountPlatform.Named("Facebook"), PlatformMinimumAge = null, PupilAccess = PupilAccess.Pupils([yearGroup]) };

        var result = facts.ValidateUnder(Heathcoat);

        result.Decision.ShouldBe(expected);
        if (expected == AccountDecision.Rejected)
        {
            var problem = result.Problems.ShouldHaveSingleItem();
            problem.ClauseId.ShouldBe("heathcoat.students.02");
            problem.Rule.ShouldBe(ValidateOfficialAccount.PupilAccessRule);
            problem.Message.ShouldContain("at least 13");
        }
    }

    [Fact]
    public void Heathcoat_Students02_PlatformWithNoStatedAgeAndNoneRecorded_AsksForIt()
    {
        var facts = AccountFacts.Compliant with { Platform = AccountPlatform.Named("Padlet"), PlatformMinimumAge = null, PupilAccess = PupilAccess.Pupils([4]) };

        var problem = facts.ValidateUnder(Heathcoat).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("heathcoat.students.02");
        problem.Field.ShouldBe(nameof(OfficialAccount.PlatformMinimumAge));
    }
}
