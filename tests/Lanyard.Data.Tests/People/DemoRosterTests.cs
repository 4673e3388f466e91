using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Data.Consent;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.People;

public class DemoRosterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_GivesEachSchoolPupilsOnRollLeaversParentsAndConsent_Once(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var organisations = new OrganisationStore(work);
        var people = new PeopleStore(work);
        var consent = new ConsentStore(work);
        await DemoData.SeedAsync(organisations, CancellationToken.None);
        var today = new DateOnly(2026, 11, 21);

        var first = await DemoRoster.SeedAsync(organisations, people, consent, today, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var second = await DemoRoster.SeedAsync(organisations, people, consent, today, DateTimeOffset.UnixEpoch, CancellationToken.None);

        first.ShouldBe(5 * 11, "eleven pupils in each of the five schools");
        // Jacob left after Year 11 this summer (15 or 16 now); Evie after Year 13 two summers ago (20 or 21).
        second.ShouldBe(0);
        var school = (await organisations.ListAsync(CancellationToken.None)).First(o => o.Name == "Testbourne Community School");
        var pupils = await people.ListAsync(school.Id, PersonKind.Pupil, CancellationToken.None);
        pupils.Count(p => p.IsOnRoll(today)).ShouldBe(9);
        pupils.Where(p => !p.IsOnRoll(today)).Select(p => p.AgeOn(today)).ShouldAllBe(age => age == 15 || age == 16 || age == 20 || age == 21);
        pupils.Where(p => p.IsOnRoll(today)).ShouldAllBe(p => p.AgeOn(today) >= 5 && p.AgeOn(today) <= 11 && p.StartDate <= today);
        (await people.ParentLinksAsync(school.Id, CancellationToken.None)).Count.ShouldBe(11);
        (await consent.ListAsync(school.Id, new SchoolYear(2026), CancellationToken.None)).ShouldNotBeEmpty();
    }
}
