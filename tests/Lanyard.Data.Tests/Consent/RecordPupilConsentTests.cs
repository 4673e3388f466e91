using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Data.Consent;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.Consent;

/// <summary>A pupil's consent form, every channel at once: only changed channels are recorded, all or nothing; on both providers.</summary>
public class RecordPupilConsentTests
{
    private static readonly SchoolYear ThisYear = new(2026);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private static async Task<(long School, PeopleStore People, ConsentStore Consent, long Pupil)> SetUpAsync(UnitOfWork work)
    {
        var school = await new OrganisationStore(work).AddAsync(new NewOrganisation("Chapmanslade School", OrganisationLevel.School, null, "chapmanslade"), CancellationToken.None);
        var people = new PeopleStore(work);
        var pupil = await people.AddAsync(new Person { OrganisationId = school.Id, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Ella", FamilyName = "Price" }, CancellationToken.None);
        return (school.Id, people, new ConsentStore(work), pupil);
    }

    private static RecordPupilConsent.Request Form(long school, long pupil, ConsentChoice? social, ConsentChoice? website, ConsentChoice? press, string? givenBy, DateOnly? givenOn, bool neverPublish = false) =>
        new(school, pupil, ThisYear, new Dictionary<ConsentChannel, RecordPupilConsent.Answer>
        {
            [ConsentChannel.OfficialSocialMedia] = new(social, social),
            [ConsentChannel.Website] = new(website, website),
            [ConsentChannel.Press] = new(press, press),
        }, givenBy, givenOn, neverPublish);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_ChangedChannelsOnly_OthersKeepWhoAnsweredAndWhen(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work);

        var first = await RecordPupilConsent.HandleAsync(Form(school, pupil, ConsentChoice.Given, ConsentChoice.Given, null, "Sara Price (mother)", new DateOnly(2026, 9, 3)), people, consent, Clock, CancellationToken.None);
        var second = await RecordPupilConsent.HandleAsync(Form(school, pupil, ConsentChoice.Given, ConsentChoice.Given, ConsentChoice.Refused, "Tom Price (father)", new DateOnly(2026, 11, 20)), people, consent, Clock, CancellationToken.None);
        var third = await RecordPupilConsent.HandleAsync(Form(school, pupil, ConsentChoice.Given, ConsentChoice.Given, ConsentChoice.Refused, "", null), people, consent, Clock, CancellationToken.None);

        first.Recorded.ShouldBe([ConsentChannel.OfficialSocialMedia, ConsentChannel.Website]);
        second.Recorded.ShouldBe([ConsentChannel.Press]);
        third.NothingChanged.ShouldBeTrue();
        var entries = (await consent.ListAsync(school, ThisYear, CancellationToken.None)).ToDictionary(e => e.Channel);
        entries[ConsentChannel.Website].GivenBy.ShouldBe("Sara Price (mother)");
        entries[ConsentChannel.Website].GivenOn.ShouldBe(new DateOnly(2026, 9, 3));
        entries[ConsentChannel.Press].ShouldBe(new ConsentEntry(pupil, ThisYear, ConsentChannel.Press, ConsentChoice.Refused, ConsentChoice.Refused, "Tom Price (father)", new DateOnly(2026, 11, 20)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_OneChannelRefused_WritesNoChannelAndLeavesTheFlag(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work);

        var result = await RecordPupilConsent.HandleAsync(Form(school, pupil, ConsentChoice.Given, null, null, " ", new DateOnly(2026, 12, 25), neverPublish: true), people, consent, Clock, CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Keys.Order().ShouldBe(["GivenBy", "GivenOn"]);
        (await consent.ListAsync(school, ThisYear, CancellationToken.None)).ShouldBeEmpty();
        (await people.GetAsync(pupil, CancellationToken.None))!.NeverPublish.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_NeverPublishAlone_SetsTheFlagAndTheRegisterReadsIt(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work);

        var result = await RecordPupilConsent.HandleAsync(Form(school, pupil, null, null, null, null, null, neverPublish: true), people, consent, Clock, CancellationToken.None);

        result.Recorded.ShouldBeEmpty();
        result.NeverPublishChanged.ShouldBeTrue();
        var context = (await SchoolInContext.FindAsync(school, new OrganisationStore(work), CancellationToken.None))!;
        var line = (await ConsentOverview.HandleAsync(context, ThisYear, people, consent, CancellationToken.None)).Lines.Single();
        line.NeverPublish.ShouldBeTrue();
        line.Photo[ConsentChannel.Website].Allowed.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_ForAPupilOfAnotherSchool_IsRefusedEvenWithNoAnswers(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (_, people, consent, pupil) = await SetUpAsync(work);
        var other = await new OrganisationStore(work).AddAsync(new NewOrganisation("Testbourne Community School", OrganisationLevel.School, null, "testbourne"), CancellationToken.None);

        var result = await RecordPupilConsent.HandleAsync(Form(other.Id, pupil, null, null, null, null, null, neverPublish: true), people, consent, Clock, CancellationToken.None);

        result.Errors["PupilId"].ShouldBe("Choose a pupil of this school.");
        (await people.GetAsync(pupil, CancellationToken.None))!.NeverPublish.ShouldBeFalse();
    }
}
