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

/// <summary>Consent per pupil, school year and channel, read the way each pack reads it; on both providers.</summary>
public class ConsentRegisterTests
{
    private static readonly SchoolYear ThisYear = new(2026);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private static async Task<(SchoolInContext School, PeopleStore People, ConsentStore Consent, long Pupil)> SetUpAsync(UnitOfWork work, string packId)
    {
        var organisations = new OrganisationStore(work);
        var level = packId == "heathcoat" ? OrganisationLevel.Federation : OrganisationLevel.School;
        var top = await organisations.AddAsync(new NewOrganisation("School " + packId, level, null, packId), CancellationToken.None);
        var school = level == OrganisationLevel.School ? top : await organisations.AddAsync(new NewOrganisation("Member of " + packId, OrganisationLevel.School, top.Id, null), CancellationToken.None);
        var people = new PeopleStore(work);
        var pupil = await people.AddAsync(new Person { OrganisationId = school.Id, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Ella", FamilyName = "Price", StartDate = new DateOnly(2024, 9, 1) }, CancellationToken.None);
        return ((await SchoolInContext.FindAsync(school.Id, organisations, CancellationToken.None))!, people, new ConsentStore(work), pupil);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_PhotoAndNameSeparately_PerChannel_AndReplaceLater(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work, "testbourne");

        var first = await RecordConsent.HandleAsync(new RecordConsent.Request(school.School.Id, pupil, ThisYear, ConsentChannel.OfficialSocialMedia, ConsentChoice.Given, ConsentChoice.Refused, "Sara Price (mother)", new DateOnly(2026, 9, 3)), people, consent, Clock, CancellationToken.None);
        await RecordConsent.HandleAsync(new RecordConsent.Request(school.School.Id, pupil, ThisYear, ConsentChannel.Press, ConsentChoice.Refused, ConsentChoice.Refused, "Sara Price (mother)", new DateOnly(2026, 9, 3)), people, consent, Clock, CancellationToken.None);
        await RecordConsent.HandleAsync(new RecordConsent.Request(school.School.Id, pupil, ThisYear, ConsentChannel.OfficialSocialMedia, ConsentChoice.Given, ConsentChoice.Given, "Sara Price (mother)", new DateOnly(2026, 10, 1)), people, consent, Clock, CancellationToken.None);

        first.Succeeded.ShouldBeTrue();
        var entries = await consent.ListAsync(school.School.Id, ThisYear, CancellationToken.None);
        entries.Count.ShouldBe(2);
        entries.Single(e => e.Channel == ConsentChannel.OfficialSocialMedia).ShouldBe(new ConsentEntry(pupil, ThisYear, ConsentChannel.OfficialSocialMedia, ConsentChoice.Given, ConsentChoice.Given, "Sara Price (mother)", new DateOnly(2026, 10, 1)));
        (await consent.ListAsync(school.School.Id, new SchoolYear(2025), CancellationToken.None)).ShouldBeEmpty("consent is per school year");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_AnswerWithoutWhoGaveIt_IsRefusedAndNothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work, "testbourne");

        var result = await RecordConsent.HandleAsync(new RecordConsent.Request(school.School.Id, pupil, ThisYear, ConsentChannel.Website, ConsentChoice.Given, null, " ", new DateOnly(2026, 12, 25)), people, consent, Clock, CancellationToken.None);

        result.Errors.Keys.ShouldBe(["GivenBy", "GivenOn"], ignoreOrder: true);
        (await consent.ListAsync(school.School.Id, ThisYear, CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_ApprovalPerUse_EvenAYearlyYesIsNotEnough(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work, "testbourne");
        await RecordConsent.HandleAsync(new RecordConsent.Request(school.School.Id, pupil, ThisYear, ConsentChannel.OfficialSocialMedia, ConsentChoice.Given, ConsentChoice.Given, "Sara Price (mother)", new DateOnly(2026, 9, 3)), people, consent, Clock, CancellationToken.None);

        var overview = await ConsentOverview.HandleAsync(school, ThisYear, people, consent, CancellationToken.None);

        overview.Model.ShouldBe(ConsentModel.ApprovalPerUse);
        overview.Lines.Single().Photo[ConsentChannel.OfficialSocialMedia].Allowed.ShouldBeFalse();
        overview.Lines.Single().Photo[ConsentChannel.OfficialSocialMedia].Reason.ShouldBe("Needs approval for each use.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PackSilentOnConsentModel_NoAnswerMeansNo_AndSaysSo(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, _) = await SetUpAsync(work, "chapmanslade");

        var overview = await ConsentOverview.HandleAsync(school, ThisYear, people, consent, CancellationToken.None);

        overview.Model.ShouldBeNull();
        overview.ModelNote.ShouldStartWith("The school's policy does not say how consent is given");
        overview.Lines.Single().Photo[ConsentChannel.OfficialSocialMedia].Allowed.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Heathcoat_ParentsChildren04_OptOut_NoObjectionMeansYes_NeverPublishAlwaysNo(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var (school, people, consent, pupil) = await SetUpAsync(work, "heathcoat");

        var before = await ConsentOverview.HandleAsync(school, ThisYear, people, consent, CancellationToken.None);
        await RecordConsent.HandleAsync(new RecordConsent.Request(school.School.Id, pupil, ThisYear, ConsentChannel.OfficialSocialMedia, null, null, null, null, NeverPublish: true), people, consent, Clock, CancellationToken.None);
        var after = await ConsentOverview.HandleAsync(school, ThisYear, people, consent, CancellationToken.None);

        before.Model.ShouldBe(ConsentModel.OptOut);
        before.ModelNote.ShouldContain("heathcoat.parents-children.04");
        before.Lines.Single().Photo[ConsentChannel.OfficialSocialMedia].Allowed.ShouldBeTrue();
        after.Lines.Single().NeverPublish.ShouldBeTrue();
        after.Lines.Single().Photo[ConsentChannel.OfficialSocialMedia].Allowed.ShouldBeFalse();
    }
}
