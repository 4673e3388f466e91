using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>Testbourne 5(b): school email (LinkedIn exempt), no personal accounts, SLT approval, platform age, parents told.</summary>
public sealed partial class ValidateOfficialAccountTests
{
    [Fact]
    public void Testbourne_5b06_TwitterOnGmail_Rejects()
    {
        var result = (AccountFacts.Compliant with { LinkedEmail = "jo.bloggs@gmail.com" }).ValidateUnder(Testbourne);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ClauseId.ShouldBe("testbourne.5b.06");
        problem.Rule.ShouldBe("linked-email-school-domain");
        problem.Field.ShouldBe(nameof(OfficialAccount.LinkedEmail));
        problem.Message.ShouldContain("jo.bloggs@gmail.com");
        problem.Message.ShouldContain("testbourne.hants.sch.uk");
        result.Decision.ShouldBe(AccountDecision.Rejected);
    }

    [Theory]
    [InlineData("office@testbourne.hants.sch.uk")]
    [InlineData("Office@TESTBOURNE.hants.sch.uk")]
    [InlineData("it@staff.testbourne.hants.sch.uk")]
    public void Testbourne_5b06_SchoolAddress_Accepted(string email) =>
        (AccountFacts.Compliant with { LinkedEmail = email }).ValidateUnder(Testbourne).Decision.ShouldBe(AccountDecision.Accepted);

    [Theory]
    [InlineData("office@testbourne.hants.sch.uk.evil.com")]
    [InlineData("office@nottestbourne.hants.sch.uk")]
    public void Testbourne_5b06_LookAlikeDomain_Rejects(string email) =>
        (AccountFacts.Compliant with { LinkedEmail = email }).ValidateUnder(Testbourne).Problems.ShouldHaveSingleItem().ClauseId.ShouldBe("testbourne.5b.06");

    [Fact]
    public void Testbourne_5b06_NoLinkedEmail_Rejects() =>
        (AccountFacts.Compliant with { LinkedEmail = null }).ValidateUnder(Testbourne)
            .Problems.ShouldHaveSingleItem().Message.ShouldContain("No linked email");

    [Fact]
    public void Testbourne_5b07_LinkedInOnPersonalEmail_AcceptedAsExempt()
    {
        var result = (AccountFacts.Compliant with { Platform = AccountPlatform.Named("LinkedIn"), LinkedEmail = "jo.bloggs@gmail.com" }).ValidateUnder(Testbourne);

        result.Decision.ShouldBe(AccountDecision.Accepted);
        result.Notes.ShouldContain(n => n.Contains("testbourne.5b.06", StringComparison.Ordinal) && n.Contains("professional network", StringComparison.Ordinal));
    }

    [Fact]
    public void Testbourne_5b05_StaffPersonalTwitterForSchoolBusiness_Rejects()
    {
        var result = (AccountFacts.Compliant with { PersonalAccountLink = PersonalAccountLink.IsPersonalAccount }).ValidateUnder(Testbourne);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ClauseId.ShouldBe("testbourne.5b.05");
        problem.Verdict.ShouldBe(Verdict.Block);
    }

    /// <summary>5b.07: a professional network may be used "in both a professional and personal capacity".</summary>
    [Fact]
    public void Testbourne_5b07_PersonalLinkedInProfileOnPersonalEmail_Accepted()
    {
        var facts = AccountFacts.Compliant with
        {
            Platform = AccountPlatform.Named("LinkedIn"),
            LinkedEmail = "jo.bloggs@gmail.com",
            PersonalAccountLink = PersonalAccountLink.IsPersonalAccount,
        };

        facts.ValidateUnder(Testbourne).Decision.ShouldBe(AccountDecision.Accepted);
    }

    /// <summary>A Facebook page run from a staff profile is still a school account: 5b.05 bites only on personal accounts themselves.</summary>
    [Fact]
    public void Testbourne_5b05_SchoolPageLinkedToStaffProfile_Accepted() =>
        (AccountFacts.Compliant with { PersonalAccountLink = PersonalAccountLink.LinkedToPersonalAccount }).ValidateUnder(Testbourne)
            .Decision.ShouldBe(AccountDecision.Accepted);

    public static TheoryData<AccountApproval?, AccountDecision> Testbourne5b21Approvals() => new()
    {
        { null, AccountDecision.Held },
        { new AccountApproval(new AccountPerson(5, "Class teacher"), Role.Staff, new DateOnly(2025, 1, 6)), AccountDecision.Held },
        { new AccountApproval(new AccountPerson(2, "Deputy"), Role.Slt, new DateOnly(2025, 1, 6)), AccountDecision.Accepted },
        { new AccountApproval(new AccountPerson(3, "Deputy head"), Role.DeputyHead, new DateOnly(2025, 1, 6)), AccountDecision.Accepted },
        { new AccountApproval(new AccountPerson(1, "Head"), Role.Headteacher, new DateOnly(2025, 1, 6)), AccountDecision.Accepted },
        { new AccountApproval(new AccountPerson(2, "Deputy"), Role.Slt, new DateOnly(2025, 3, 4)), AccountDecision.Held },
    };

    [Theory]
    [MemberData(nameof(Testbourne5b21Approvals))]
    public void Testbourne_5b21_SltApproval_HeldUntilGiven(AccountApproval? approval, AccountDecision expected)
    {
        var result = (AccountFacts.Compliant with { Approval = approval }).ValidateUnder(Testbourne);

        result.Decision.ShouldBe(expected);
        if (expected == AccountDecision.Held)
        {
            var problem = result.Problems.ShouldHaveSingleItem();
            problem.ClauseId.ShouldBe("testbourne.5b.21");
            problem.Message.ShouldContain("senior leadership team");
        }
    }

    /// <summary>5b.18 test idea: a class aged 11–12 on a platform with minimum age 13 → reject; Year 10 (14–15) → accept.</summary>
    [Theory]
    [InlineData(7, null, AccountDecision.Rejected)]
    [InlineData(8, null, AccountDecision.Rejected)]
    [InlineData(9, null, AccountDecision.Accepted)]
    [InlineData(10, null, AccountDecision.Accepted)]
    [InlineData(null, 12, AccountDecision.Rejected)]
    [InlineData(null, 13, AccountDecision.Accepted)]
    [InlineData(10, 12, AccountDecision.Rejected)]
    public void Testbourne_5b18_PlatformMinimumAgeAgainstYoungestPupil(int? yearGroup, int? youngestAge, AccountDecision expected)
    {
        var access = PupilAccess.Pupils(yearGroup is { } y ? [y] : null, youngestAge);

        var result = (AccountFacts.Compliant with { PupilAccess = access, PlatformMinimumAge = 13 }).ValidateUnder(Testbourne);

        result.Decision.ShouldBe(expected);
        result.Problems.Select(p => p.ClauseId).ShouldBe(expected == AccountDecision.Rejected ? ["testbourne.5b.18"] : []);
    }

    /// <summary>Ages from the roster's dates of birth, as of the injected today (3 March 2025).</summary>
    [Theory]
    [InlineData("2012-03-03", AccountDecision.Accepted)]
    [InlineData("2012-03-04", AccountDecision.Rejected)]
    [InlineData("2011-09-01", AccountDecision.Accepted)]
    public void Testbourne_5b18_YoungestByDateOfBirth(string dateOfBirth, AccountDecision expected)
    {
        var dobs = new[] { DateOnly.Parse("2010-05-05", System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture) };

        var result = (AccountFacts.Compliant with { PupilAccess = PupilAccess.Pupils() }).ValidateUnder(Testbourne, dobs);

        result.Decision.ShouldBe(expected);
    }

    [Fact]
    public void Testbourne_5b18_PupilsWithNoAgesRecorded_AsksForYearGroups()
    {
        var problem = (AccountFacts.Compliant with { PupilAccess = PupilAccess.Pupils() }).ValidateUnder(Testbourne).Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("testbourne.5b.18");
        problem.Field.ShouldBe(nameof(OfficialAccount.PupilAccess));
        problem.Message.ShouldContain("year groups");
    }

    [Fact]
    public void Testbourne_5b18_PlatformMinimumAgeUnknown_AsksForIt()
    {
        var problem = (AccountFacts.Compliant with { PupilAccess = PupilAccess.Pupils([10]), PlatformMinimumAge = null }).ValidateUnder(Testbourne)
            .Problems.ShouldHaveSingleItem();

        problem.ClauseId.ShouldBe("testbourne.5b.18");
        problem.Field.ShouldBe(nameof(OfficialAccount.PlatformMinimumAge));
    }

    [Fact]
    public void Testbourne_5b18_5b19_NoPupils_AgeAndParentsNotAsked()
    {
        var facts = AccountFacts.Compliant with { PlatformMinimumAge = null, ParentsInformedOn = null, PupilAccess = PupilAccess.None };

        facts.ValidateUnder(Testbourne).Decision.ShouldBe(AccountDecision.Accepted);
    }

    /// <summary>5b.19 test idea: a pupil-facing account with no parent-notification record → hold.</summary>
    [Fact]
    public void Testbourne_5b19_PupilsUseItParentsNotTold_Holds()
    {
        var result = (AccountFacts.Compliant with { PupilAccess = PupilAccess.Pupils([10]), ParentsInformedOn = null }).ValidateUnder(Testbourne);

        result.Decision.ShouldBe(AccountDecision.Held);
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ClauseId.ShouldBe("testbourne.5b.19");
        problem.Field.ShouldBe(nameof(OfficialAccount.ParentsInformedOn));
    }
}
