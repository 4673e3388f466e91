using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Data.Letters;
using Lanyard.Data.Organisations;

namespace Lanyard.Data.Tests.Letters;

/// <summary>Letter templates (a version per save) and issued letters (append-only), on both providers.</summary>
public class LetterStoreTests
{
    private static readonly DateTimeOffset SavedAt = new(2025, 3, 12, 10, 30, 15, TimeSpan.Zero);

    private static async Task<long> SchoolAsync(UnitOfWork work, string name = "Heathcoat Primary") =>
        (await new OrganisationStore(work).AddAsync(new NewOrganisation(name, OrganisationLevel.School, null, "heathcoat"), CancellationToken.None)).Id;

    private static LetterTemplate Template(long organisationId, int version, string body, bool isDefault = false) => new()
    {
        OrganisationId = organisationId,
        PackId = "heathcoat",
        Kind = LetterKind.WrittenWarning,
        Version = version,
        Body = body,
        IsDefault = isDefault,
        SavedAt = SavedAt.AddMinutes(version),
        SavedByUserId = 5,
    };

    private static IssuedLetter Letter(long organisationId, long caseId, string text) => new()
    {
        CaseId = caseId,
        OrganisationId = organisationId,
        Kind = LetterKind.WrittenWarning,
        PackId = "heathcoat",
        TemplateVersion = 2,
        Text = text,
        IssuedAt = SavedAt,
        IssuedByUserId = 7,
        IssuedByName = "Dana Lead",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Templates_EachSaveIsAVersion_AndTheLatestWins(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await SchoolAsync(work);
        var other = await SchoolAsync(work, "Another School");
        var store = new LetterStore(work);

        await store.AddTemplateAsync(Template(school, 1, "First {{recipient.name}}"), CancellationToken.None);
        var secondId = await store.AddTemplateAsync(Template(school, 2, "Second {{recipient.name}}", isDefault: true), CancellationToken.None);
        await store.AddTemplateAsync(Template(other, 1, "Other school's"), CancellationToken.None);

        var latest = (await store.LatestTemplateAsync(school, "heathcoat", LetterKind.WrittenWarning, CancellationToken.None)).ShouldNotBeNull();
        latest.Id.ShouldBe(secondId);
        latest.Version.ShouldBe(2);
        latest.Body.ShouldBe("Second {{recipient.name}}");
        latest.IsDefault.ShouldBeTrue();
        latest.SavedAt.ShouldBe(SavedAt.AddMinutes(2));
        latest.SavedByUserId.ShouldBe(5);
        latest.Kind.ShouldBe(LetterKind.WrittenWarning);
        (await store.TemplateHistoryAsync(school, "heathcoat", LetterKind.WrittenWarning, CancellationToken.None)).Select(t => t.Version).ShouldBe([2, 1]);
        (await store.LatestTemplateAsync(school, "heathcoat", LetterKind.RemovalRequest, CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Templates_ATakenVersion_IsRefused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await SchoolAsync(work);
        var store = new LetterStore(work);
        await store.AddTemplateAsync(Template(school, 1, "First"), CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);

        await Should.ThrowAsync<System.Data.Common.DbException>(() => store.AddTemplateAsync(Template(school, 1, "Racing save"), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Letters_AreStoredAndListedPerCase(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await SchoolAsync(work);
        var store = new LetterStore(work);

        var id = await store.AddLetterAsync(Letter(school, 41, "Dear Mr Example,\n\nPlease remove it."), CancellationToken.None);
        await store.AddLetterAsync(Letter(school, 42, "Another case's letter"), CancellationToken.None);

        var letter = (await store.ListForCaseAsync(41, CancellationToken.None)).ShouldHaveSingleItem();
        letter.Id.ShouldBe(id);
        letter.Text.ShouldBe("Dear Mr Example,\n\nPlease remove it.");
        letter.TemplateVersion.ShouldBe(2);
        letter.IssuedAt.ShouldBe(SavedAt);
        letter.IssuedByName.ShouldBe("Dana Lead");
        letter.Kind.ShouldBe(LetterKind.WrittenWarning);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Letters_CannotBeChangedOrDeleted(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await SchoolAsync(work);
        var store = new LetterStore(work);
        var id = await store.AddLetterAsync(Letter(school, 41, "As issued"), CancellationToken.None);
        await store.AddTemplateAsync(Template(school, 1, "Template"), CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);

        await Should.ThrowAsync<System.Data.Common.DbException>(() => work.ExecuteAsync("UPDATE letters SET text = 'Altered' WHERE id = @Id", new { Id = id }, CancellationToken.None));
        await work.RollbackAsync();
        await Should.ThrowAsync<System.Data.Common.DbException>(() => work.ExecuteAsync("DELETE FROM letters WHERE id = @Id", new { Id = id }, CancellationToken.None));
        await work.RollbackAsync();
        await Should.ThrowAsync<System.Data.Common.DbException>(() => work.ExecuteAsync("UPDATE letter_templates SET body = 'Altered'", null, CancellationToken.None));
        await work.RollbackAsync();
        await Should.ThrowAsync<System.Data.Common.DbException>(() => work.ExecuteAsync("DELETE FROM letter_templates", null, CancellationToken.None));
        await work.RollbackAsync();

        (await store.ListForCaseAsync(41, CancellationToken.None)).ShouldHaveSingleItem().Text.ShouldBe("As issued");
    }
}
