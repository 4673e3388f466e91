using Lanyard.Core.Checking.Pupils;

namespace Lanyard.Core.Tests.Checking.Pupils;

public class RosterAndConsentCsvTests
{
    [Fact]
    public void Roster_TypicalMisExport_IsRead()
    {
        const string Csv = "UPN,Legal Forename,Preferred Forename,Legal Surname,Year\r\nA123,William,Will,Jones,Year 2\r\nA124,\"Mary-Jane\",,\"O'Neill, Jr\",Year 3\r\n";

        var pupils = RosterCsv.Read(new StringReader(Csv));

        pupils.ShouldBe([new Pupil("A123", "William", "Will", "Jones", "Year 2"), new Pupil("A124", "Mary-Jane", null, "O'Neill, Jr", "Year 3")]);
    }

    [Theory]
    [InlineData("mis_id,first_name,last_name\nP1,Amy,Smith\nP2,,Reid\n", 3, 4, "first_name is empty")]
    [InlineData("mis_id,first_name,last_name\nP1,Amy,Smith\nP1,Jack,Reid\n", 3, 1, "MIS id 'P1' appears twice (first on line 2)")]
    [InlineData("id,forename\nP1,Amy\n", 1, 1, "the header has no last_name column")]
    [InlineData("mis_id,first_name,last_name\nP1,\"Amy,Smith\n", 2, 4, "a quoted value is never closed")]
    [InlineData("", 1, 1, "the file is empty")]
    public void Roster_BadRow_NamesLineAndColumn(string csv, int line, int column, string problem)
    {
        var ex = Should.Throw<CsvFormatException>(() => RosterCsv.Read(new StringReader(csv)));

        (ex.Line, ex.Column).ShouldBe((line, column));
        ex.Problem.ShouldStartWith(problem);
    }

    [Fact]
    public void Consent_IsReadPerSchoolYear()
    {
        const string Csv = "mis_id,school_year,photo,name,never_publish\nP1,2025/26,given,refused,no\nP2,2025-26,,,yes\nP3,2024,objected,given,\n";

        var records = ConsentCsv.Read(new StringReader(Csv));

        records.ShouldBe(
        [
            new ConsentRecord("P1", new SchoolYear(2025), ConsentChoice.Given, ConsentChoice.Refused, false),
            new ConsentRecord("P2", new SchoolYear(2025), null, null, true),
            new ConsentRecord("P3", new SchoolYear(2024), ConsentChoice.Refused, ConsentChoice.Given, false),
        ]);
    }

    [Theory]
    [InlineData("mis_id,school_year,photo\nP1,2025/27,given\n", 2, 4, "school_year '2025/27' is not a school year")]
    [InlineData("mis_id,school_year,photo\nP1,2025/26,maybe\n", 2, 12, "photo 'maybe' is not a consent answer")]
    public void Consent_BadValue_NamesLineAndColumn(string csv, int line, int column, string problem)
    {
        var ex = Should.Throw<CsvFormatException>(() => ConsentCsv.Read(new StringReader(csv)));

        (ex.Line, ex.Column).ShouldBe((line, column));
        ex.Problem.ShouldStartWith(problem);
    }

    [Theory]
    [InlineData(2025, 8, 31, 2024)]
    [InlineData(2025, 9, 1, 2025)]
    [InlineData(2026, 2, 1, 2025)]
    public void SchoolYear_StartsOnFirstSeptember(int year, int month, int day, int startYear)
    {
        SchoolYear.Containing(new DateOnly(year, month, day)).ShouldBe(new SchoolYear(startYear));
        new SchoolYear(2025).ToString().ShouldBe("2025/26");
    }
}
