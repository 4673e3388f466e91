using System.Net;
using System.Text.RegularExpressions;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Data;
using Lanyard.Data.Organisations;
using Lanyard.Web.Tests.Access;
using Lanyard.Web.Tests.People;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Governors;

/// <summary>
/// /governors: the anonymised cases report as a printable page with server-drawn charts. Who may
/// open it, what it shows (policy review with clause ids, counts, flagged breaches), and above all
/// that no name and no word of any case reaches it.
/// </summary>
public sealed partial class GovernorReportPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private static readonly Uri Report = new("/governors", UriKind.Relative);

    [Fact]
    public async Task Governor_WithCasesNamingPupilsAndStaff_SeesNoNameAndNoCaseText()
    {
        var pupil = await RegisterData.PersonIdAsync(factory, RegisterData.Heathcoat, "Amelia", "Hughes", "pupil");
        var teacher = await RegisterData.StaffIdAsync(factory, "teacher@heathcoat.demo");
        const string Summary = "Quokka-7f3: Amelia Hughes was sent messages from a personal account";
        await CaseSeeder.ReportAsync(factory, "dsl@heathcoat.demo", CaseType.SafeguardingConcern, Summary,
            new ReportConcern.PartyInput(pupil, null, PartyKind.Pupil, PartyRole.Subject),
            new ReportConcern.PartyInput(teacher, null, PartyKind.Staff, PartyRole.AllegedPerpetrator));
        var breach = await CaseSeeder.ReportAsync(factory, "head@heathcoat.demo", CaseType.StaffBreach, "Wombat-19c: the teacher friended a pupil",
            new ReportConcern.PartyInput(teacher, null, PartyKind.Staff, PartyRole.Subject),
            new ReportConcern.PartyInput(null, "@someone_outside", PartyKind.Public, PartyRole.Witness));
        var head = await CaseSeeder.ActorAsync(factory, "head@heathcoat.demo");
        await CaseSeeder.AppendAsync(factory, breach, head, CaseStep.AddNote, CaseStage.Reported, CaseStage.Reported,
            new Dictionary<string, string>(), note: "Numbat-22 interview notes with James");
        var names = await NamesAsync("Heathcoat Primary School", except: "governor@heathcoat.demo");

        using var client = await factory.CreateSignedInClientAsync("governor@heathcoat.demo");
        using var response = await client.GetAsync(Report);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var main = MainContent(html);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        main.ShouldContain("Cases report to governors");
        foreach (var text in new[] { "Quokka-7f3", "Wombat-19c", "Numbat-22", "social.example", "@someone_outside" })
        {
            html.ShouldNotContain(text, Case.Insensitive, "no case text reaches the governors' report");
        }

        foreach (var name in names)
        {
            main.ShouldNotContain(name, Case.Sensitive, $"the report names no one ({name})");
        }

        main.ShouldNotContain("/cases/", Case.Sensitive, "the report links to no case");
    }

    [Fact]
    public async Task Governor_SeesChartsDrawnOnTheServer_WithTheSameNumbersInTables()
    {
        await CaseSeeder.ReportAsync(factory, "teacher@chapmanslade.demo", CaseType.ParentPost, "A parent posted about a trip");

        using var client = await factory.CreateSignedInClientAsync("chair@chapmanslade.demo");
        var html = await client.GetStringAsync(Report);

        SvgImage().Count(html).ShouldBe(3, "by type, by outcome, by month");
        html.ShouldContain("<title id=\"chart-type-title\">");
        html.ShouldContain("<desc id=\"chart-month-desc\">");
        WebUtility.HtmlDecode(html).ShouldContain("<caption>Cases reported by type (the chart's numbers)</caption>");
        html.ShouldContain("<th scope=\"row\">Parent post</th>");
        html.ShouldNotContain("<script", Case.Insensitive);
    }

    [Fact]
    public async Task StMarys_NoReviewCycle_IsAWarningWithItsClause()
    {
        using var client = await factory.CreateSignedInClientAsync("governor@stmarys.demo");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Report));

        html.ShouldContain("No review cycle set");
        html.ShouldContain("<span class=\"tag tag-warning\">Warning</span>");
        html.ShouldContain("<code class=\"clause-ref\">st-marys-sefton.meta.03</code>");
    }

    [Fact]
    public async Task Heathcoat_ClosedBreachFlaggedForGovernors_IsListed_WithClause_heathcoat_evaluation_01()
    {
        var teacher = await RegisterData.StaffIdAsync(factory, "teacher@heathcoat.demo");
        var breach = await CaseSeeder.ReportAsync(factory, "slt@heathcoat.demo", CaseType.StaffBreach, "Platypus-41: a post from a staff account",
            new ReportConcern.PartyInput(teacher, null, PartyKind.Staff, PartyRole.Subject));
        var head = await CaseSeeder.ActorAsync(factory, "head@heathcoat.demo");
        await CaseSeeder.AppendAsync(factory, breach, head, CaseStep.Close, CaseStage.Reported, CaseStage.Closed,
            new Dictionary<string, string> { [CaseDetails.Outcome] = "written-warning", [CaseDetails.IncludeInGovernorReport] = "yes" });

        using var client = await factory.CreateSignedInClientAsync("governor@heathcoat.demo");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Report));

        html.ShouldContain("Closed cases reported to governors");
        html.ShouldContain("<code class=\"clause-ref\">heathcoat.evaluation.01</code>");
        html.ShouldContain("<th scope=\"row\">Staff breach</th>");
        html.ShouldContain("<td>Written warning</td>");
        html.ShouldNotContain("Platypus-41");
    }

    [Fact]
    public async Task Testbourne_PackWithoutGovernorBreachReporting_ListsNoFlaggedCases()
    {
        using var client = await factory.CreateSignedInClientAsync("governor@testbourne.demo");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Report));

        html.ShouldContain("Testbourne Community School");
        html.ShouldNotContain("Closed cases reported to governors");
    }

    [Theory]
    [InlineData("governor@cambrian.demo")]
    [InlineData("chair@cambrian.demo")]
    [InlineData("head@cambrian.demo")]
    [InlineData("deputy@cambrian.demo")]
    [InlineData("slt@cambrian.demo")]
    [InlineData("dsl@cambrian.demo")]
    [InlineData("deputy-dsl@cambrian.demo")]
    public async Task GovernorsLeadershipAndSafeguardingLeads_MayOpenIt(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email);
        using var response = await client.GetAsync(Report);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("teacher@cambrian.demo")]
    [InlineData("it@cambrian.demo")]
    [InlineData("investigator@cambrian.demo")]
    [InlineData("volunteer@cambrian.demo")]
    public async Task OtherStaff_AreRefused(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email, allowAutoRedirect: false);
        using var response = await client.GetAsync(Report);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task ASchoolOutsideTheReadersScope_IsNotFound()
    {
        var chapmanslade = await RegisterData.SchoolIdAsync(factory, RegisterData.Chapmanslade);
        using var client = await factory.CreateSignedInClientAsync("governor@heathcoat.demo");

        using var response = await client.GetAsync(new Uri($"/governors?school={chapmanslade}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TrustStaff_ChooseOneSchoolOrAll()
    {
        var (email, _, _) = await factory.AddStaffAsync(StaffRole.Governor);
        var hill = await AddSchoolToTheTrustAsync("Cambrian Hill Primary");
        var valley = await RegisterData.SchoolIdAsync(factory, "Cambrian Valley Academy");
        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword);

        var all = WebUtility.HtmlDecode(await client.GetStringAsync(Report));
        var one = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/governors?school={valley}", UriKind.Relative)));

        all.ShouldContain("<option value=\"\" selected=\"selected\">All 2 schools</option>");
        all.ShouldContain("Cambrian Hill Primary, Cambrian Valley Academy.");
        one.ShouldNotContain("Cambrian Hill Primary,");
        one.ShouldContain($"<option value=\"{hill}\">Cambrian Hill Primary</option>");
        one.ShouldContain($"<option value=\"{valley}\" selected=\"selected\">Cambrian Valley Academy</option>");
    }

    [Fact]
    public async Task NavigationListsTheReport_OnlyForThoseWhoMayOpenIt()
    {
        using var governor = await factory.CreateSignedInClientAsync("governor@testbourne.demo");
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");

        (await governor.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldContain("href=\"/governors\"");
        (await teacher.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldNotContain("href=\"/governors\"");
    }

    private async Task<long> AddSchoolToTheTrustAsync(string name)
    {
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var organisations = new OrganisationStore(work);
        var trust = (await organisations.ListAsync(CancellationToken.None)).Single(o => o.Name == "Cambrian Learning Trust");
        var school = await organisations.AddAsync(new NewOrganisation(name, OrganisationLevel.School, trust.Id, null), CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return school.Id;
    }

    private async Task<IReadOnlyList<string>> NamesAsync(string school, string except)
    {
        var signedIn = await RegisterData.StaffIdAsync(factory, except);
        var names = new List<string>();
        foreach (var column in new[] { "given_name", "family_name" })
        {
            var rows = await factory.ScalarAsync<string>(
                $"SELECT group_concat({column}, '|') FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE o.name = @School AND p.id <> @Except AND p.kind IN ('pupil', 'staff')",
                new { School = school, Except = signedIn });
            names.AddRange(rows!.Split('|'));
        }

        var own = await factory.ScalarAsync<string>("SELECT given_name || '|' || family_name FROM people WHERE id = @Id", new { Id = signedIn });
        return [.. names.Distinct(StringComparer.Ordinal).Except(own!.Split('|'), StringComparer.Ordinal)];
    }

    // The page's own content, without the header that names the signed-in governor.
    private static string MainContent(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    [GeneratedRegex("<svg class=\"chart [^\"]*\" role=\"img\"")]
    private static partial Regex SvgImage();
}
