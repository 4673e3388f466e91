using Lanyard.Core.Accounts;
using Lanyard.Core.Users;
using Lanyard.Data.Accounts;
using Lanyard.Data.Governance;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;

namespace Lanyard.Data.Tests.Accounts;

/// <summary>The demo's email domains and official accounts, registered through the use case as the form does; on both providers.</summary>
public class DemoAccountsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_RegistersEachSchoolsAccountsOnce_AndChapmansladesFirstRaisesItsReview(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var organisations = new OrganisationStore(work);
        var people = new PeopleStore(work);
        var accounts = new OfficialAccountStore(work);
        var reviews = new ReviewTaskStore(work);
        await DemoData.SeedAsync(organisations, CancellationToken.None);
        await DemoUsers.SeedAsync(organisations, people, new UserStore(work), new PlainHasher(), TimeProvider.System, CancellationToken.None);

        var first = await DemoAccounts.SeedAsync(organisations, people, accounts, reviews, TimeProvider.System, CancellationToken.None);
        var second = await DemoAccounts.SeedAsync(organisations, people, accounts, reviews, TimeProvider.System, CancellationToken.None);

        (first, second).ShouldBe((6, 0));
        var byName = (await organisations.ListAsync(CancellationToken.None)).ToDictionary(o => o.Name);
        byName["Testbourne Community School"].EmailDomains.ShouldBe(["testbourne.demo"]);
        byName["The Federation of Tiverton Schools"].EmailDomains.ShouldBe(["tivertonfederation.demo"]);
        var chapmanslade = byName["Chapmanslade School"].Id;
        var facebook = (await accounts.ListAsync(chapmanslade, CancellationToken.None)).ShouldHaveSingleItem();
        var task = (await reviews.ListOpenAsync(chapmanslade, CancellationToken.None)).ShouldHaveSingleItem();
        (task.ClauseId, task.AccountId).ShouldBe(("chapmanslade.review.01", (long?)facebook.Id));
        var testbourne = await accounts.ListAsync(byName["Testbourne Community School"].Id, CancellationToken.None);
        var youtube = testbourne.Single(a => a.Account.Handle == "@TestbourneMusic");
        youtube.Validation.Decision.ShouldBe(AccountDecision.Held);
        youtube.Validation.Problems.Select(p => p.ClauseId).ShouldBe(["testbourne.5b.21"]);
        testbourne.Single(a => a.Account.Handle == "@TestbourneCS").Validation.Decision.ShouldBe(AccountDecision.Accepted);
    }

    private sealed class PlainHasher : IPasswordHasher
    {
        public string Hash(string password) => "plain:" + password;

        public PasswordCheck Verify(string hash, string password) => hash == "plain:" + password ? PasswordCheck.Succeeded : PasswordCheck.Failed;
    }
}
