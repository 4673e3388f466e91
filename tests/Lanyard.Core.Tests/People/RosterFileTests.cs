using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.People;

namespace Lanyard.Core.Tests.People;

public class RosterFileTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static IReadOnlyList<RosterFile.Row> Read(string csv) => RosterFile.Read(new StringReader(csv), Today);

    [Theory]
    [InlineData("mis_id,first_name,last_name,date_of_birth\nP1,Ella,Price,2014-03-01\n")]
    [InlineData("UPN,Forename,Surname,Date of Birth\nP1,Ella,Price,01/03/2014\n")]
    [InlineData("Admission Number,Legal Forename,Legal Surname,DOB\r\nP1,Ella,Price,1/3/2014\r\n")]
    public void Read_AcceptsCommonMisHeadersAndUkDates(string csv)
    {
        var row = Read(csv).Single();

        row.MisId.ShouldBe("P1");
        row.DateOfBirth.ShouldBe(new DateOnly(2014, 3, 1));
    }

    [Theory]
    [InlineData("mis_id,first_name,last_name\nP1,Ella,\n", 2, 9, "last_name is empty")]
    [InlineData("mis_id,first_name,last_name\nP1,Ella,Price\nP1,Sam,Hill\n", 3, 1, "MIS id 'P1' appears twice (first on line 2)")]
    [InlineData("mis_id,first_name,last_name,dob\nP1,Ella,Price,2027-01-01\n", 2, 15, "date of birth 2027-01-01 is in the future")]
    [InlineData("mis_id,first_name,last_name,dob\nP1,Ella,Price,01/01/1960\n", 2, 15, "date of birth 01/01/1960 makes the pupil 66; check the column holds dates of birth")]
    [InlineData("mis_id,first_name,last_name,start_date,leaving_date\nP1,Ella,Price,01/09/2024,31/08/2024\n", 2, 26, "leaving date 31/08/2024 is before the admission date")]
    [InlineData("mis_id,first_name,last_name,dob\nP1,Ella,Price,03/14/2014\n", 2, 15, "date_of_birth '03/14/2014' is not a date; write DD/MM/YYYY or YYYY-MM-DD")]
    // Columns count characters from the start of the line, as in an editor, so the cell is found exactly.
    public void Read_BadRow_NamesLineColumnAndProblem(string csv, int line, int column, string problem)
    {
        var ex = Should.Throw<CsvFormatException>(() => Read(csv));

        ex.Line.ShouldBe(line);
        ex.Column.ShouldBe(column);
        ex.Problem.ShouldBe(problem);
    }

    [Fact]
    public void Read_MissingRequiredColumn_SaysWhichNamesAreAccepted()
    {
        var ex = Should.Throw<CsvFormatException>(() => Read("Forename,Surname\nElla,Price\n"));

        ex.Line.ShouldBe(1);
        ex.Problem.ShouldStartWith("the header has no mis_id column; accepted names: mis_id, mis id, upn, adno");
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        Read("mis_id,first_name,last_name\nP1,Ella,Price\n,,\nP2,Sam,Hill\n").Select(r => r.MisId).ShouldBe(["P1", "P2"]);
    }
}
