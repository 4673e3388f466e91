using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Lanyard.Web.Tests.People;

/// <summary>/people/import: all or nothing, the line of a bad row, re-imports, encodings and the size limit.</summary>
public class ImportPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private const string Header = "UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Date of Admission\n";

    [Fact]
    public async Task Import_BadRow_ShowsItsLineAndColumnAndAddsNothing()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var before = await RegisterData.PupilCountAsync(factory, RegisterData.Chapmanslade);
        var csv = Header + Row("BAD1", "Okafor", "Year 4", Born(9)) + Row("BAD2", "Smith", "Year 4", "31/02/2017") + Row("BAD3", "Jones", "Year 4", Born(9));

        var html = await ImportAsync(client, Encoding.UTF8.GetBytes(csv));

        html.ShouldContain("Nothing was imported");
        html.ShouldContain("Line 3, column");
        html.ShouldContain("date_of_birth '31/02/2017' is not a date");
        html.ShouldContain("<mark>31/02/2017</mark>");
        (await RegisterData.PupilCountAsync(factory, RegisterData.Chapmanslade)).ShouldBe(before, "the good rows around the bad one are not written either");
    }

    [Fact]
    public async Task Import_BadRowWithMarkup_ShowsTheLineEncoded()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var csv = Header + Row("XSS1", "<script>alert(1)</script>", "Year 4", "not-a-date");

        var html = await ImportRawAsync(client, Encoding.UTF8.GetBytes(csv));

        html.ShouldContain("Line 2, column");
        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task ReImport_ReportsAddedThenEachChange()
    {
        using var client = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        var first = Header + Row("RE1", "Adams", "Year 4", Born(9)) + Row("RE2", "Baker", "Year 4", Born(9));
        var second = Header + Row("RE1", "Adams", "Year 5", Born(9)) + Row("RE2", "Baker", "Year 4", Born(9)) + Row("RE3", "Cole", "Year 5", Born(10));

        var added = await ImportAsync(client, Encoding.UTF8.GetBytes(first));
        var changed = await ImportAsync(client, Encoding.UTF8.GetBytes(second));

        added.ShouldContain("Roster imported");
        added.ShouldContain("<strong>2 added</strong>");
        changed.ShouldContain("<strong>1 added</strong>, <strong>1 changed</strong>, 1 unchanged");
        changed.ShouldContain("year group: Year 4 → Year 5");
        changed.ShouldContain("Zoë Cole");
        changed.ShouldContain("on roll but not in the file", Case.Insensitive);
    }

    [Fact]
    public async Task Import_WholeRoll_MarksPupilsMissingFromTheFileAsLeft()
    {
        using var client = await factory.CreateSignedInClientAsync("head@heathcoat.demo");
        var csv = Header + Row("WHOLE1", "Dunn", "Year 3", Born(8));

        var html = await ImportAsync(client, Encoding.UTF8.GetBytes(csv), wholeRoll: true);

        html.ShouldContain("now marked as left");
        html.ShouldContain("Marked as left (9)");
        html.ShouldContain("Amelia Hughes");
        // Today is their leaving date, and a pupil is on roll until the end of their last day.
        var register = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/people?q=hughes", UriKind.Relative)));
        PeoplePageTests.Section(register, "on-roll").ShouldContain("Amelia Hughes");
        PeoplePageTests.Section(register, "on-roll").ShouldContain("leaves " + factory.Clock.GetUtcNow().ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("utf-8 with byte order mark")]
    [InlineData("windows-1252")]
    public async Task Import_InTheEncodingsMisExportsUse_ReadsAccentedNames(string encoding)
    {
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var id = encoding == "windows-1252" ? "ENC1252" : "ENCBOM";
        var csv = Header + Row(id, "Ní Bhriain", "Year 4", Born(9));
        byte[] bytes = encoding == "windows-1252"
            ? [.. csv.Select(c => c switch { 'í' => (byte)0xED, 'ë' => (byte)0xEB, _ => (byte)c })]
            : [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

        var html = await ImportAsync(client, bytes);

        html.ShouldContain("Roster imported");
        html.ShouldContain(encoding == "windows-1252" ? "read as Windows-1252" : "read as UTF-8 (with byte order mark)");
        html.ShouldContain("Zoë Ní Bhriain");
    }

    [Fact]
    public async Task Import_FileOverTheLimit_SaysSoAndAddsNothing()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var before = await RegisterData.PupilCountAsync(factory, RegisterData.Chapmanslade);
        var big = new byte[(5 * 1024 * 1024) + 1];
        Encoding.ASCII.GetBytes(Header).CopyTo(big, 0);
        Array.Fill(big, (byte)'\n', Header.Length, big.Length - Header.Length);

        var html = await ImportAsync(client, big);

        html.ShouldContain("the largest roster accepted is 5 MB");
        (await RegisterData.PupilCountAsync(factory, RegisterData.Chapmanslade)).ShouldBe(before);
    }

    [Fact]
    public async Task Import_NoFile_AsksForOne()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");
        var page = await client.GetStringAsync(new Uri("/people/import", UriKind.Relative));
        using var form = new MultipartFormDataContent { { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName } };

        using var response = await client.PostAsync(new Uri("/people/import", UriKind.Relative), form);

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Choose the CSV file to import.");
    }

    [Fact]
    public async Task ImportPage_DocumentsEveryColumnItReads()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/people/import", UriKind.Relative)));

        foreach (var (column, _) in Core.People.RosterFile.AcceptedColumns)
        {
            html.ShouldContain($"<code>{column}</code>");
        }

        html.ShouldContain("legal forename");
        html.ShouldContain("This file is the whole roll (pupils missing from it have left)");
    }

    private static string Born(int yearsAgo) => DateTime.Today.AddYears(-yearsAgo).AddDays(-30).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Row(string misId, string surname, string year, string born) => $"{misId},{surname},Zoë,,{born},{year},01/09/2023\n";

    /// <summary>Posts the file as the page's form does and returns the page that comes back, decoded.</summary>
    private static async Task<string> ImportAsync(HttpClient client, byte[] file, bool wholeRoll = false) =>
        WebUtility.HtmlDecode(await ImportRawAsync(client, file, wholeRoll));

    /// <summary>Posts the file as the page's form does and returns the page's HTML as sent.</summary>
    private static async Task<string> ImportRawAsync(HttpClient client, byte[] file, bool wholeRoll = false)
    {
        var page = await client.GetStringAsync(new Uri("/people/import", UriKind.Relative));
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
            { content, "roster", "roster.csv" },
            { new StringContent(wholeRoll ? "true" : "false"), "wholeRoll" },
        };

        using var response = await client.PostAsync(new Uri("/people/import", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
