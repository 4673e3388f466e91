using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>St Mary's 4.2 (closed curriculum spaces) and Chapmanslade's personal-account and pupil-access rules.</summary>
public sealed partial class ValidateOfficialAccountTests
{
    /// <summary>4-2.02 test idea: a closed class blog with no Head teacher approval → hold.</summary>
    [Fact]
    public void StMarys_4_2_02_ClosedSpaceNotAgreedWithHeadteacher_Holds()
    {
        var result = (AccountFacts.Compliant with { Purpose = AccountPurpose.ClosedSpace, Approval = null }).ValidateUnder(StMarys);

        result.Decision.ShouldBe(AccountDecision.Held);
        result.Problems.ShouldHaveSingleItem().ClauseId.ShouldBe("st-marys-sefton.4-2.02");
    }

    [Fact]
    public void StMarys_4_2_02_ClosedSpaceAgreedWithDeputyOnly_Holds()
    {
        var deputy = new AccountApproval(new AccountPerson(3, "Deputy"), Role.DeputyHead, new DateOnly(2025, 1, 6));

        (AccountFacts.Compliant with { Purpose = AccountPurpose.ClosedSpace, Approval = deputy }).ValidateUnder(StMarys)
            .Problems.ShouldHaveSingleItem().ClauseId.ShouldBe("st-marys-sefton.4-2.02");
    }

    /// <summary>4-2.03 test idea: registration with the safety-measures field blank → reject.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void StMarys_4_2_03_ClosedSpaceWithoutSafetyMeasures_Rejects(string? measures)
    {
        var result = (AccountFacts.Compliant with { Purpose = AccountPurpose.ClosedSpace, SafetyMeasures = measures }).ValidateUnder(StMarys);

        result.Decision.ShouldBe(AccountDecision.Rejected);
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ClauseId.ShouldBe("st-marys-sefton.4-2.03");
        problem.Field.ShouldBe(nameof(OfficialAccount.SafetyMeasures));
    }

    /// <summary>4.2 is about closed blogs and networking areas; the school's open accounts are outside it.</summary>
    [Theory]
    [InlineData(AccountPurpose.Communications)]
    [InlineData(AccountPurpose.Curriculum)]
    public void StMarys_4_2_OpenAccountWithoutApprovalOrMeasures_AcceptedWithNotes(AccountPurpose purpose)
    {
        var result = (AccountFacts.Compliant with { Purpose = purpose, Approval = null, SafetyMeasures = null }).ValidateUnder(StMarys);

        result.Decision.ShouldBe(AccountDecision.Accepted);
        result.Notes.Count.ShouldBe(2);
        result.Notes.ShouldAllBe(n => n.Contains("closed space", StringComparison.Ordinal));
    }

    /// <summary>roles-staff.03 test idea: personal handle "@ChapmansladeMissB" → flag; "@bethbakes" → allow.</summary>
    [Theory]
    [InlineData("@ChapmansladeMissB", null, AccountDecision.Flagged)]
    [InlineData("@chapmanslade_school_fan", null, AccountDecision.Flagged)]
    [InlineData("@bethbakes", "Miss B at Chapmanslade School", AccountDecision.Flagged)]
    [InlineData("@bethbakes", "Beth Bakes", AccountDecision.Accepted)]
    public void Chapmanslade_RolesStaff03_PersonalAccountNamedAfterSchool_Flags(string handle, string? displayName, AccountDecision expected)
    {
        var facts = AccountFacts.Compliant with { Handle = handle, DisplayName = displayName, PersonalAccountLink = PersonalAccountLink.IsPersonalAccount };

        var result = facts.ValidateUnder(Chapmanslade);

        result.Decision.ShouldBe(expected);
        result.Problems.Select(p => p.ClauseId).ShouldBe(expected == AccountDecision.Flagged ? ["chapmanslade.roles-staff.03"] : []);
    }

    [Fact]
    public void Chapmanslade_RolesStaff03_SchoolAccountNamedAfterSchool_Accepted() =>
        (AccountFacts.Compliant with { Handle = "@ChapmansladeSch" }).ValidateUnder(Chapmanslade).Decision.ShouldBe(AccountDecision.Accepted);

    [Fact]
    public void Chapmanslade_RolesStaff03_ExtraSchoolNameFromContext_Flags()
    {
        var facts = AccountFacts.Compliant with { Handle = "@CSWiltsMissB", PersonalAccountLink = PersonalAccountLink.IsPersonalAccount };
        var context = new AccountContext(AccountFacts.Today, [AccountFacts.Domain(Chapmanslade)], schoolNames: ["CSWilts"]);

        ValidateOfficialAccount.Handle(facts.Build(Chapmanslade), BuiltInPacks.Get(Chapmanslade), context)
            .Problems.ShouldHaveSingleItem().ClauseId.ShouldBe("chapmanslade.roles-staff.03");
    }

    /// <summary>personal-pupil.03: pupils should have no access to social media while at primary school.</summary>
    [Fact]
    public void Chapmanslade_PersonalPupil03_AnyPupilAccess_Rejects()
    {
        var facts = AccountFacts.Compliant with { Platform = AccountPlatform.Named("Seesaw"), PupilAccess = PupilAccess.Pupils([6]), PlatformMinimumAge = 0 };

        var result = facts.ValidateUnder(Chapmanslade);

        result.Decision.ShouldBe(AccountDecision.Rejected);
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.ClauseId.ShouldBe("chapmanslade.personal-pupil.03");
        problem.Rule.ShouldBe(ValidateOfficialAccount.PupilAccessRule);
        problem.Verdict.ShouldBe(Verdict.Block);
    }
}
