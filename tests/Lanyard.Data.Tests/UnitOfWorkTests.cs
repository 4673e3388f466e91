using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Data.Organisations;

namespace Lanyard.Data.Tests;

/// <summary>One transaction per request or command: committed whole, or not at all.</summary>
public class UnitOfWorkTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DisposedWithoutCommit_WritesNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var work = test.Work())
        {
            await new OrganisationStore(work).AddAsync(new NewOrganisation("Half-done School", OrganisationLevel.School, null, null), CancellationToken.None);
        }

        await using var reader = test.Work();
        (await new OrganisationStore(reader).ListAsync(CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AFailureAfterAWrite_RollsBackTheEarlierWriteToo(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var work = test.Work())
        {
            var store = new OrganisationStore(work);
            await store.AddAsync(new NewOrganisation("First School", OrganisationLevel.School, null, null), CancellationToken.None);
            await Should.ThrowAsync<System.Data.Common.DbException>(() =>
                store.AddAsync(new NewOrganisation("Orphan", OrganisationLevel.School, 999_999, null), CancellationToken.None));
        }

        await using var reader = test.Work();
        (await new OrganisationStore(reader).ListAsync(CancellationToken.None)).ShouldBeEmpty("the request failed, so none of it is kept");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Commit_KeepsTheWrites_AndLaterWorkStartsAFreshTransaction(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var work = test.Work())
        {
            var store = new OrganisationStore(work);
            await store.AddAsync(new NewOrganisation("Kept School", OrganisationLevel.School, null, null), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
            work.IsActive.ShouldBeFalse();
            await store.AddAsync(new NewOrganisation("Not Kept School", OrganisationLevel.School, null, null), CancellationToken.None);
        }

        await using var reader = test.Work();
        (await new OrganisationStore(reader).ListAsync(CancellationToken.None)).Select(o => o.Name).ShouldBe(["Kept School"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DatesAndInstants_RoundTripOnBothProviders(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var work = test.Work();
        var create = provider == DatabaseProvider.Postgres
            ? "CREATE TABLE moments (d date NOT NULL, t timestamptz NOT NULL, nd date NULL)"
            : "CREATE TABLE moments (d TEXT NOT NULL, t TEXT NOT NULL, nd TEXT NULL)";
        await work.ExecuteAsync(create, null, CancellationToken.None);
        var date = new DateOnly(2012, 2, 29);
        var instant = new DateTimeOffset(2026, 11, 21, 10, 30, 15, TimeSpan.FromHours(1));
        await work.ExecuteAsync("INSERT INTO moments (d, t, nd) VALUES (@Date, @Instant, @Missing)", new { Date = date, Instant = instant, Missing = (DateOnly?)null }, CancellationToken.None);

        var row = (await work.QueryAsync<Moment>("SELECT d AS D, t AS T, nd AS Nd FROM moments", null, CancellationToken.None)).Single();

        row.D.ShouldBe(date);
        row.T.ShouldBe(instant);
        row.T.Offset.ShouldBe(TimeSpan.Zero, "instants are stored and read in UTC");
        row.Nd.ShouldBeNull();
    }

    private sealed record Moment(DateOnly D, DateTimeOffset T, DateOnly? Nd);
}
