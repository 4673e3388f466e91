using System.Data.Common;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Data.Organisations;

namespace Lanyard.Data.Tests.Organisations;

/// <summary>The organisation register and its use cases, against real SQLite and PostgreSQL databases.</summary>
public class OrganisationRegisterTests
{
    private static Task<RegisterOrganisation.Result> Register(IOrganisationRegister register, string name, OrganisationLevel level, long? parent = null, string? pack = null) =>
        RegisterOrganisation.HandleAsync(new RegisterOrganisation.Request(name, level, parent, pack), register, CancellationToken.None);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FederationPack_IsInheritedByItsSchool_heathcoat_meta_03(DatabaseProvider provider)
    {
        await using var temp = await TestDatabase.CreateAsync(provider);
        await using var work = temp.Work();
        var register = new OrganisationStore(work);
        var federation = (await Register(register, "The Federation of Tiverton Schools", OrganisationLevel.Federation, pack: "heathcoat")).Organisation!;
        await Register(register, "Heathcoat Primary School", OrganisationLevel.School, federation.Id);

        var items = await ListOrganisations.HandleAsync(register, CancellationToken.None);

        var school = items.Single(i => i.Name == "Heathcoat Primary School");
        school.PackId.ShouldBe("heathcoat");
        school.InheritedFrom.ShouldBe("The Federation of Tiverton Schools");
        school.ParentName.ShouldBe("The Federation of Tiverton Schools");
        items.Single(i => i.Name == "The Federation of Tiverton Schools").InheritedFrom.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TrustPack_AttachedToASchool_IsRefusedWithTheReason_cambrian_meta_01(DatabaseProvider provider)
    {
        await using var temp = await TestDatabase.CreateAsync(provider);
        await using var work = temp.Work();
        var register = new OrganisationStore(work);

        var result = await Register(register, "An Academy", OrganisationLevel.School, pack: "cambrian");

        result.Succeeded.ShouldBeFalse();
        result.Errors["PackId"].ShouldBe("The cambrian pack attaches to a trust, not a school: attach it to the trust and its schools inherit it.");
        (await register.ListAsync(CancellationToken.None)).ShouldBeEmpty("a refused registration writes nothing");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SchoolInsideASchool_IsRefused(DatabaseProvider provider)
    {
        await using var temp = await TestDatabase.CreateAsync(provider);
        await using var work = temp.Work();
        var register = new OrganisationStore(work);
        var school = (await Register(register, "Chapmanslade School", OrganisationLevel.School, pack: "chapmanslade")).Organisation!;

        var result = await Register(register, "Annexe", OrganisationLevel.School, school.Id);

        result.Errors["ParentId"].ShouldBe("'Chapmanslade School' is a school; a school can belong only to a trust or a federation.");
    }

    [Theory]
    [InlineData("", "Enter the organisation's name.")]
    [InlineData("   ", "Enter the organisation's name.")]
    public async Task MissingName_IsRefused(string name, string message)
    {
        await using var temp = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var work = temp.Work();

        var result = await Register(new OrganisationStore(work), name, OrganisationLevel.School);

        result.Errors["Name"].ShouldBe(message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DuplicateName_IsRefusedWhateverTheCase(DatabaseProvider provider)
    {
        await using var temp = await TestDatabase.CreateAsync(provider);
        await using var work = temp.Work();
        var register = new OrganisationStore(work);
        await Register(register, "Testbourne Community School", OrganisationLevel.School, pack: "testbourne");

        var result = await Register(register, "TESTBOURNE community school", OrganisationLevel.School);

        result.Errors["Name"].ShouldStartWith("An organisation called");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesAParentThatDoesNotExist_EvenBypassingTheUseCase(DatabaseProvider provider)
    {
        await using var temp = await TestDatabase.CreateAsync(provider);
        await using var work = temp.Work();
        var register = new OrganisationStore(work);

        var ex = await Should.ThrowAsync<DbException>(() =>
            register.AddAsync(new NewOrganisation("Orphan", OrganisationLevel.School, 999, null), CancellationToken.None));

        ex.Message.ShouldContain("foreign key", Case.Insensitive);
        await work.RollbackAsync();
        (await register.ListAsync(CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoData_SeedsTheFiveShippedOrganisationsOnce(DatabaseProvider provider)
    {
        await using var temp = await TestDatabase.CreateAsync(provider);
        await using var work = temp.Work();
        var register = new OrganisationStore(work);

        var first = await DemoData.SeedAsync(register, CancellationToken.None);
        var second = await DemoData.SeedAsync(register, CancellationToken.None);

        first.ShouldBe(7);
        second.ShouldBe(0);
        var items = await ListOrganisations.HandleAsync(register, CancellationToken.None);
        items.Where(i => i.InheritedFrom is null).Select(i => i.PackId).OrderBy(p => p)
            .ShouldBe(["cambrian", "chapmanslade", "heathcoat", "st-marys-sefton", "testbourne"]);
    }
}
