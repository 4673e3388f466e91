using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>
/// Chapmanslade review.01: "This policy will need to be reviewed if the school decides to begin its
/// own social media account." No other policy ties a review to the account register (§3 row 28).
/// </summary>
public sealed class FirstAccountReviewTests
{
    [Theory]
    [InlineData("chapmanslade", true)]
    [InlineData("testbourne", false)]
    [InlineData("cambrian", false)]
    [InlineData("st-marys-sefton", false)]
    [InlineData("heathcoat", false)]
    public void FirstAccount_OpensAReviewOnlyWhereThePolicySaysSo(string packId, bool expected)
    {
        var task = FirstAccountReview.Handle(BuiltInPacks.Get(packId), 0, AccountFacts.Compliant.Build(packId), AccountFacts.Today);

        (task is not null).ShouldBe(expected);
    }

    [Fact]
    public void Chapmanslade_Review01_FirstAccount_TaskCitesTheClauseAndNamesTheGoverningBoard()
    {
        var account = (AccountFacts.Compliant with { Platform = AccountPlatform.Named("Facebook"), Handle = "@ChapmansladeSch" }).Build("chapmanslade");

        var task = FirstAccountReview.Handle(BuiltInPacks.Get("chapmanslade"), 0, account, AccountFacts.Today);

        task.ShouldNotBeNull();
        task.ClauseId.ShouldBe("chapmanslade.review.01");
        task.Title.ShouldBe("Policy review due");
        task.PackId.ShouldBe("chapmanslade");
        task.Assignee.ShouldBe(Role.GoverningBody);
        task.Reviewer.ShouldBe("Governing Board");
        task.RaisedOn.ShouldBe(AccountFacts.Today);
        task.Description.ShouldContain("chapmanslade.review.01");
        task.Description.ShouldContain("Facebook @ChapmansladeSch");
        task.Description.ShouldContain("Governing Board");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Chapmanslade_Review01_LaterAccounts_OpenNoReview(int existing) =>
        FirstAccountReview.Handle(BuiltInPacks.Get("chapmanslade"), existing, AccountFacts.Compliant.Build("chapmanslade"), AccountFacts.Today).ShouldBeNull();

    [Fact]
    public void Chapmanslade_Review01_TheReviewScheduleListsTheSameTrigger() =>
        BuiltInPacks.Get("chapmanslade").Review.Triggers.ShouldContain(ReviewTrigger.FirstOfficialAccount);

    [Fact]
    public void NegativeAccountCount_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            FirstAccountReview.Handle(BuiltInPacks.Get("chapmanslade"), -1, AccountFacts.Compliant.Build("chapmanslade"), AccountFacts.Today));

    [Fact]
    public void Register_Chapmanslade_FirstAccount_RegisteredPendingPolicyReview()
    {
        var result = RegisterOfficialAccount.Handle(
            AccountFacts.Compliant.Build("chapmanslade"), BuiltInPacks.Get("chapmanslade"), AccountFacts.Context("chapmanslade"), existingAccountCount: 0);

        result.Registered.ShouldBeTrue();
        result.PendingPolicyReview.ShouldBeTrue();
        result.PolicyReview!.ClauseId.ShouldBe("chapmanslade.review.01");
    }

    /// <summary>A rejected account is not started, so it does not make the policy due for review.</summary>
    [Fact]
    public void Register_Chapmanslade_RejectedFirstAccount_OpensNoReview()
    {
        var withPupils = AccountFacts.Compliant with { PupilAccess = PupilAccess.Pupils([5]) };

        var result = RegisterOfficialAccount.Handle(
            withPupils.Build("chapmanslade"), BuiltInPacks.Get("chapmanslade"), AccountFacts.Context("chapmanslade"), existingAccountCount: 0);

        result.Registered.ShouldBeFalse();
        result.PolicyReview.ShouldBeNull();
    }

    [Fact]
    public void Register_Testbourne_HeldAccount_IsRegisteredWithoutReview()
    {
        var result = RegisterOfficialAccount.Handle(
            (AccountFacts.Compliant with { Approval = null }).Build("testbourne"), BuiltInPacks.Get("testbourne"), AccountFacts.Context("testbourne"), existingAccountCount: 0);

        result.Registered.ShouldBeTrue();
        result.Validation.Decision.ShouldBe(AccountDecision.Held);
        result.PendingPolicyReview.ShouldBeFalse();
    }
}
