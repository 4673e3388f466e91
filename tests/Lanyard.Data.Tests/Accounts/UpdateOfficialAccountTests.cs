using Lanyard.Core.Accounts;

namespace Lanyard.Data.Tests.Accounts;

/// <summary>Changing an entry re-judges it under the pack in force; a rejected change leaves the entry as it was; on both providers.</summary>
public class UpdateOfficialAccountTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_ReJudges_RejectedChangeLeavesTheEntry_HeldChangeStoresItsProblem(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        var id = (await school.AddAsync(school.CompliantForm())).AccountId!.Value;
        var form = OfficialAccountForm.From((await school.Accounts.GetAsync(id, CancellationToken.None))!.Account);

        var rejected = await school.UpdateAsync(id, form with { LinkedEmail = "class6@gmail.com" });
        var afterRejection = await school.Accounts.GetAsync(id, CancellationToken.None);
        var held = await school.UpdateAsync(id, form with { ApproverPersonId = null, ApproverName = null, ApproverEmail = null, ApproverRole = null, ApprovedOn = null, Admins = [] });
        var afterHold = await school.Accounts.GetAsync(id, CancellationToken.None);

        rejected.Updated.ShouldBeFalse();
        rejected.Errors["LinkedEmail"].ShouldEndWith("(testbourne.5b.06)");
        afterRejection!.Account.LinkedEmail!.ToString().ShouldBe("office@testbourne.hants.sch.uk");
        held.Updated.ShouldBeTrue();
        afterHold!.Validation.Decision.ShouldBe(AccountDecision.Held);
        afterHold.Validation.Problems.Select(p => p.ClauseId).ShouldBe(["testbourne.5b.21"]);
        afterHold.Account.Approval.ShouldBeNull();
        afterHold.Account.Admins.ShouldBeEmpty();
        (await school.CountAsync("review_tasks")).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_AnotherSchoolsAccount_Refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        var other = await AccountsTestSchool.CreateAsync(work, "chapmanslade", "chapmanslade.wilts.sch.uk");
        var id = (await other.AddAsync(other.CompliantForm())).AccountId!.Value;

        var result = await school.UpdateAsync(id, school.CompliantForm());

        result.Errors.Keys.ShouldBe(["AccountId"]);
    }
}
