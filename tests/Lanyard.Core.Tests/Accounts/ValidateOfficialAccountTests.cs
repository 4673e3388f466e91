using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>
/// The account register's checks, across the five packs (CLAUSES.md §3 rows 13 and 16).
/// Expectations come from the clause inventory: a pack that states no rule must not acquire one.
/// </summary>
public sealed partial class ValidateOfficialAccountTests
{
    private const string Chapmanslade = "chapmanslade";
    private const string Testbourne = "testbourne";
    private const string Cambrian = "cambrian";
    private const string StMarys = "st-marys-sefton";
    private const string Heathcoat = "heathcoat";

    public static TheoryData<string, AccountPurpose> EveryPackAndPurpose()
    {
        var data = new TheoryData<string, AccountPurpose>();
        foreach (var pack in new[] { Chapmanslade, Testbourne, Cambrian, StMarys, Heathcoat })
        {
            foreach (var purpose in Enum.GetValues<AccountPurpose>())
            {
                data.Add(pack, purpose);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPackAndPurpose))]
    public void EveryPack_AccountMeetingEveryStatedRule_Accepted(string packId, AccountPurpose purpose)
    {
        var result = (AccountFacts.Compliant with { Purpose = purpose }).ValidateUnder(packId);

        result.Problems.ShouldBeEmpty();
        result.Decision.ShouldBe(AccountDecision.Accepted);
        result.Verdict.ShouldBe(Verdict.Allow);
        result.PackId.ShouldBe(packId);
    }

    /// <summary>§3 row 13: only Testbourne (5b.06) and Heathcoat (sanctioned.07) tie an account to a school email.</summary>
    [Theory]
    [InlineData(Chapmanslade, AccountDecision.Accepted, null)]
    [InlineData(Testbourne, AccountDecision.Rejected, "testbourne.5b.06")]
    [InlineData(Cambrian, AccountDecision.Accepted, null)]
    [InlineData(StMarys, AccountDecision.Accepted, null)]
    [InlineData(Heathcoat, AccountDecision.Rejected, "heathcoat.sanctioned.07")]
    public void Row13_PersonalEmailOnCurriculumAccount_RejectedOnlyWhereThePolicyRequiresASchoolEmail(string packId, AccountDecision expected, string? clause)
    {
        var result = (AccountFacts.Compliant with { LinkedEmail = "class6teacher@gmail.com" }).ValidateUnder(packId);

        result.Decision.ShouldBe(expected);
        result.Problems.Select(p => p.ClauseId).ShouldBe(clause is null ? [] : [clause]);
    }

    /// <summary>
    /// §3 row 16 with row 13: Year 3 (youngest 7) using Facebook (minimum 13). Chapmanslade allows
    /// pupils no social media (personal-pupil.03); Testbourne needs the platform's terms to allow the
    /// age group (5b.18); Heathcoat's use must suit the pupils' age, Facebook 13+ (students.02);
    /// Cambrian and St Mary's set no age rule.
    /// </summary>
    [Theory]
    [InlineData(Chapmanslade, AccountDecision.Rejected, "chapmanslade.personal-pupil.03")]
    [InlineData(Testbourne, AccountDecision.Rejected, "testbourne.5b.18")]
    [InlineData(Cambrian, AccountDecision.Accepted, null)]
    [InlineData(StMarys, AccountDecision.Accepted, null)]
    [InlineData(Heathcoat, AccountDecision.Rejected, "heathcoat.students.02")]
    public void Row16_Year3PupilsOnFacebook_EachPackItsOwnAnswer(string packId, AccountDecision expected, string? clause)
    {
        var facts = AccountFacts.Compliant with
        {
            Platform = AccountPlatform.Named("Facebook"),
            PupilAccess = PupilAccess.Pupils([3], since: new DateOnly(2025, 2, 1)),
        };

        var result = facts.ValidateUnder(packId);

        result.Decision.ShouldBe(expected);
        result.Problems.Select(p => p.ClauseId).ShouldBe(clause is null ? [] : [clause]);
    }

    /// <summary>
    /// Year 10 (youngest 14) on Facebook with parents told and leadership notified: old enough for
    /// every pack that has an age rule; Chapmanslade still allows no pupil access at all.
    /// </summary>
    [Theory]
    [InlineData(Chapmanslade, AccountDecision.Rejected)]
    [InlineData(Testbourne, AccountDecision.Accepted)]
    [InlineData(Cambrian, AccountDecision.Accepted)]
    [InlineData(StMarys, AccountDecision.Accepted)]
    [InlineData(Heathcoat, AccountDecision.Accepted)]
    public void Row16_Year10PupilsOnFacebook_OldEnoughWhereverAgeIsTheRule(string packId, AccountDecision expected)
    {
        var facts = AccountFacts.Compliant with { Platform = AccountPlatform.Named("Facebook"), PupilAccess = PupilAccess.Pupils([10]) };

        facts.ValidateUnder(packId).Decision.ShouldBe(expected);
    }

    [Fact]
    public void Cambrian_PolicySilentOnAccounts_NothingCheckedAndSaysSo()
    {
        var facts = AccountFacts.Compliant with
        {
            LinkedEmail = "someone@gmail.com",
            Approval = null,
            Admins = [],
            PolicyLinkUrl = null,
            SafetyMeasures = null,
            PersonalAccountLink = PersonalAccountLink.IsPersonalAccount,
            PupilAccess = PupilAccess.Pupils([1]),
        };

        var result = facts.ValidateUnder(Cambrian);

        result.PolicySilent.ShouldBeTrue();
        result.Decision.ShouldBe(AccountDecision.Accepted);
        result.Problems.ShouldBeEmpty();
        result.Notes.ShouldHaveSingleItem().ShouldContain("says nothing about official accounts");
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void EveryPackWithAccountRules_IsNotSilent(string packId) =>
        AccountFacts.Compliant.ValidateUnder(packId).PolicySilent.ShouldBeFalse();

    /// <summary>CLAUSES.md §1: block is reject and decides the overall answer even beside a hold.</summary>
    [Fact]
    public void Testbourne_5b06Block_And_5b21Hold_TogetherReject()
    {
        var result = (AccountFacts.Compliant with { LinkedEmail = "me@gmail.com", Approval = null }).ValidateUnder(Testbourne);

        result.Decision.ShouldBe(AccountDecision.Rejected);
        result.Verdict.ShouldBe(Verdict.Block);
        result.Problems.Select(p => (p.ClauseId, p.Verdict)).ShouldBe(
            [("testbourne.5b.06", Verdict.Block), ("testbourne.5b.21", Verdict.Hold)],
            ignoreOrder: true);
    }

    [Fact]
    public void EveryProblem_CitesAClauseOfItsOwnPack_AndNamesAnAccountField()
    {
        var broken = AccountFacts.Compliant with
        {
            LinkedEmail = null,
            Approval = null,
            Admins = [],
            LeadershipNotifiedOn = null,
            PolicyLinkUrl = null,
            SafetyMeasures = null,
            ParentsInformedOn = null,
            PlatformMinimumAge = null,
            PupilAccess = PupilAccess.Pupils(),
            PersonalAccountLink = PersonalAccountLink.IsPersonalAccount,
            Handle = "@ChapmansladeMissB",
            Purpose = AccountPurpose.ClosedSpace,
        };
        var fields = typeof(OfficialAccount).GetProperties().Select(p => p.Name).ToHashSet();

        foreach (var packId in new[] { Chapmanslade, Testbourne, StMarys, Heathcoat })
        {
            var result = broken.ValidateUnder(packId);
            result.Problems.ShouldNotBeEmpty(packId);
            foreach (var problem in result.Problems)
            {
                BuiltInPacks.Get(packId).FindClause(problem.ClauseId).ShouldNotBeNull($"{packId}: {problem.ClauseId}");
                fields.ShouldContain(problem.Field);
                problem.Message.ShouldNotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void EveryAccountRule_HasACheck()
    {
        var account = AccountFacts.Compliant.Build(Testbourne);
        var pack = BuiltInPacks.Get(Testbourne);

        foreach (var rule in Enum.GetValues<AccountRule>())
        {
            var validator = new AccountValidator { Rule = rule, Clause = "testbourne.5b.06", Verdict = Verdict.Block, ApproverRole = Role.Slt };
            Should.NotThrow(() => AccountRuleChecks.Check(validator, account, pack, AccountFacts.Context(Testbourne)), rule.ToString());
        }
    }
}
