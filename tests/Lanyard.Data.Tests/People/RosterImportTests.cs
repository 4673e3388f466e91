using Lanyard.Core.People;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.People;

/// <summary>Roster import into the people register: all or nothing, re-import by MIS id, on both providers.</summary>
public class RosterImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private const string SimsExport =
        "Adno,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Reg Group,Date of Admission\n" +
        "A1001,Okafor,Chiamaka,Chi,14/03/2014,Year 7,7K,01/09/2026\n" +
        "A1002,Smith,Jack,,02/11/2013,Year 8,8R,01/09/2025\n" +
        "A1003,Ní Bhriain,Aoife,,29/02/2012,Year 9,9T,01/09/2024\n";

    private static Task<ImportRoster.Result> Import(IPeopleRegister register, long school, string csv, bool wholeRoll = false) =>
        ImportRoster.HandleAsync(new ImportRoster.Request(school, csv, Today, wholeRoll), register, CancellationToken.None);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_TypicalMisExport_AddsEveryPupilWithTheirDates(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);

        var result = await Import(register, school, SimsExport);

        result.Succeeded.ShouldBeTrue();
        result.Added.Select(p => p.MisId).ShouldBe(["A1001", "A1002", "A1003"]);
        var pupils = await register.ListAsync(school, PersonKind.Pupil, CancellationToken.None);
        var chi = pupils.Single(p => p.MisId == "A1001");
        chi.DisplayName.ShouldBe("Chi Okafor");
        chi.DateOfBirth.ShouldBe(new DateOnly(2014, 3, 14));
        chi.YearGroup.ShouldBe("Year 7");
        chi.StartDate.ShouldBe(new DateOnly(2026, 9, 1));
        pupils.Single(p => p.MisId == "A1003").FamilyName.ShouldBe("Ní Bhriain");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_OneBadRow_NamesLineAndColumnAndWritesNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);
        var csv = SimsExport + "A1004,Patel,Riya,,31/02/2014,Year 7,7K,01/09/2026\n";

        var result = await Import(register, school, csv);

        result.Succeeded.ShouldBeFalse();
        result.Error!.Line.ShouldBe(5);
        result.Error.Column.ShouldBe(19);
        result.Error.Message.ShouldBe("line 5, column 19: date_of_birth '31/02/2014' is not a date; write DD/MM/YYYY or YYYY-MM-DD");
        (await register.ListAsync(school, PersonKind.Pupil, CancellationToken.None)).ShouldBeEmpty("the three good rows before it are not written either");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reimport_UpdatesByMisId_AndReportsAddedChangedAndLeft(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);
        await Import(register, school, SimsExport);
        const string NextYear =
            "Adno,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Date of Admission\n" +
            "A1001,Okafor,Chiamaka,Chi,14/03/2014,Year 8,01/09/2026\n" +
            "A1002,Smith,Jack,,02/11/2013,Year 8,01/09/2025\n" +
            "A1005,Evans,Dylan,,09/09/2015,Year 7,01/09/2027\n";

        var result = await Import(register, school, NextYear);

        result.Added.Select(p => p.MisId).ShouldBe(["A1005"]);
        result.Changed.Single().MisId.ShouldBe("A1001");
        result.Changed.Single().Changes.ShouldBe(["year group: Year 7 → Year 8"]);
        result.Unchanged.ShouldBe(1);
        result.Left.Select(p => p.MisId).ShouldBe(["A1003"]);
        result.MarkedAsLeft.ShouldBeFalse();
        (await register.ListAsync(school, PersonKind.Pupil, CancellationToken.None)).Single(p => p.MisId == "A1003").LeavingDate
            .ShouldBeNull("a partial file does not make anyone a leaver unless the user says it is the whole roll");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reimport_WholeRoll_MarksThoseMissingAsLeftToday(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);
        await Import(register, school, SimsExport);

        var result = await Import(register, school, "UPN,Forename,Surname\nA1001,Chiamaka,Okafor\nA1002,Jack,Smith\n", wholeRoll: true);

        result.MarkedAsLeft.ShouldBeTrue();
        var aoife = (await register.ListAsync(school, PersonKind.Pupil, CancellationToken.None)).Single(p => p.MisId == "A1003");
        aoife.LeavingDate.ShouldBe(Today);
        aoife.DateOfBirth.ShouldBe(new DateOnly(2012, 2, 29), "columns the file lacks do not erase what the register knows");
        aoife.IsOnRoll(Today.AddDays(1)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_SameMisIdInAnotherSchool_IsADifferentPupil(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var first = await PeopleTestData.SchoolAsync(work);
        var second = await PeopleTestData.SchoolAsync(work, "Chapmanslade School");
        var register = new PeopleStore(work);
        await Import(register, first, SimsExport);

        var result = await Import(register, second, SimsExport);

        result.Added.Count.ShouldBe(3);
        (await register.ListAsync(first, PersonKind.Pupil, CancellationToken.None)).Count.ShouldBe(3);
    }
}
