using Lanyard.Core.Checking;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Data.Consent;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.Checking;

/// <summary>The post check reading the school's own registers (roster, consent, staff), on both providers.</summary>
public class CheckSchoolPostTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static async Task<(long School, PeopleStore People, ConsentStore Consent, OrganisationStore Organisations)> SchoolAsync(UnitOfWork work, string pack)
    {
        var organisations = new OrganisationStore(work);
        var school = await organisations.AddAsync(new NewOrganisation("School on " + pack, OrganisationLevel.School, null, pack), CancellationToken.None);
        var people = new PeopleStore(work);
        await people.AddAsync(new Person { OrganisationId = school.Id, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Ella", FamilyName = "Price", StartDate = new DateOnly(2022, 9, 1) }, CancellationToken.None);
        await people.AddAsync(new Person { OrganisationId = school.Id, Kind = PersonKind.Pupil, MisId = "P2", GivenName = "Tomasz", FamilyName = "Nowak", StartDate = new DateOnly(2019, 9, 1), LeavingDate = new DateOnly(2025, 7, 20) }, CancellationToken.None);
        await people.AddAsync(new Person { OrganisationId = school.Id, Kind = PersonKind.Pupil, MisId = "P3", GivenName = "Grace", FamilyName = "Okoro", StartDate = new DateOnly(2022, 9, 1), NeverPublish = true }, CancellationToken.None);
        return (school.Id, people, new ConsentStore(work), organisations);
    }

    private static Task<CheckSchoolPost.Result> Check(long school, string text, OrganisationStore organisations, PeopleStore people, ConsentStore consent, bool photo = false) =>
        CheckSchoolPost.HandleAsync(
            new CheckSchoolPost.Request(school, new Draft { Text = text, PhotosShowPupils = photo ? true : null }, Today),
            organisations, people, consent, CancellationToken.None);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_4_1f01_PupilOnRollNamedInFullWithPhoto_BlocksFromTheRegister(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, organisations) = await SchoolAsync(work, "st-marys-sefton");

        var result = await Check(school, "Congratulations to Ella Price on her swimming gala win!", organisations, people, consent, photo: true);

        result.Succeeded.ShouldBeTrue();
        result.Check!.Verdict.ShouldBe(Verdict.Block, "St Mary's 4.1(f): no full name with a pupil's photograph");
        result.PupilsOnRoll.ShouldBe(2, "the pupil who left in July is not on roll");
        var finding = result.Check!.Findings.First(f => f.Category == "pupil-name");
        finding.ClauseId.ShouldBe("st-marys-sefton.4-1f.01");
        "Congratulations to Ella Price on her swimming gala win!".Substring(finding.Start, finding.Length).ShouldBe("Ella Price");
        result.Check.PackId.ShouldBe("st-marys-sefton");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NeverPublishPupil_AlwaysBlocks(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, organisations) = await SchoolAsync(work, "testbourne");

        var result = await Check(school, "Grace did brilliantly in the spelling bee", organisations, people, consent);

        result.Check!.Verdict.ShouldBe(Verdict.Block);
        result.Check.Findings.ShouldContain(f => f.Message.Contains("never to be published", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FormerPupil_IsNotLookedFor(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, organisations) = await SchoolAsync(work, "testbourne");

        var result = await Check(school, "Tomasz Nowak visited us today.", organisations, people, consent);

        result.Check!.Findings.ShouldNotContain(f => f.Category == "pupil-name");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Heathcoat_ConsentFromTheRegister_DecidesAFirstNameWithPhoto(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var organisations = new OrganisationStore(work);
        var federation = await organisations.AddAsync(new NewOrganisation("Tiverton", OrganisationLevel.Federation, null, "heathcoat"), CancellationToken.None);
        var school = await organisations.AddAsync(new NewOrganisation("Heathcoat", OrganisationLevel.School, federation.Id, null), CancellationToken.None);
        var people = new PeopleStore(work);
        var consent = new ConsentStore(work);
        var ella = await people.AddAsync(new Person { OrganisationId = school.Id, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Ella", FamilyName = "Price" }, CancellationToken.None);

        var before = await Check(school.Id, "Ella loved our trip to the farm", organisations, people, consent, photo: true);
        await consent.SaveAsync(new ConsentEntry(ella, new SchoolYear(2026), ConsentChannel.OfficialSocialMedia, ConsentChoice.Refused, ConsentChoice.Refused, "Sara Price (mother)", new DateOnly(2026, 9, 2)), DateTimeOffset.UnixEpoch, CancellationToken.None);
        var after = await Check(school.Id, "Ella loved our trip to the farm", organisations, people, consent, photo: true);

        before.Check!.PackId.ShouldBe("heathcoat", "the federation's pack is inherited");
        ((int)after.Check!.Verdict).ShouldBeGreaterThan((int)before.Check!.Verdict, "a recorded refusal under opt-out turns the same post into a stronger verdict");
        after.Check.Findings.ShouldContain(f => f.ClauseId != null && f.ClauseId.StartsWith("heathcoat.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EmptyText_OrUnknownSchool_IsAClearError(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, organisations) = await SchoolAsync(work, "testbourne");

        (await Check(school, "   ", organisations, people, consent)).Error.ShouldBe("Enter the text of the post.");
        (await Check(999_999, "Hello", organisations, people, consent)).Error.ShouldBe("That school is not in the register.");
    }
}
