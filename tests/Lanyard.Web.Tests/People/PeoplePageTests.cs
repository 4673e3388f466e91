using System.Net;
using System.Text.RegularExpressions;

namespace Lanyard.Web.Tests.People;

/// <summary>/people and /people/{id}: who may open them, what they show, and the forms on a person's page.</summary>
public class PeoplePageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Theory]
    [InlineData("/people")]
    [InlineData("/people/1")]
    [InlineData("/people/import")]
    [InlineData("/people/staff/add")]
    [InlineData("/consent")]
    [InlineData("/consent/1")]
    public async Task RegisterPages_ForATeacher_AreForbidden(string path)
    {
        using var client = await factory.CreateSignedInClientAsync("teacher@chapmanslade.demo", allowAutoRedirect: false);

        using var redirect = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var denied = await client.GetAsync(redirect.Headers.Location!);

        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AddStaff_PostedByATeacher_IsForbiddenAndAddsNoOne()
    {
        using var teacher = await factory.CreateSignedInClientAsync("teacher@testbourne.demo");
        var home = await teacher.GetStringAsync(new Uri("/", UriKind.Relative));
        using var form = Antiforgery.Form(home, new() { ["Input.GivenName"] = "Forged", ["Input.FamilyName"] = "Entry", ["Input.Email"] = "forged@testbourne.demo", ["Input.Roles"] = "Headteacher" });

        using var response = await teacher.PostAsync(new Uri("/people/staff/add", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM people WHERE email = 'forged@testbourne.demo'", null)).ShouldBe(0);
    }

    [Fact]
    public async Task Person_OfAnotherSchool_IsNotFound_AsIsTheirConsentAndThatSchoolsRegister()
    {
        var heathcoatTeacher = await RegisterData.StaffIdAsync(factory, "teacher@heathcoat.demo");
        var heathcoatPupil = await RegisterData.PersonIdAsync(factory, RegisterData.Heathcoat, "Isla", "Kowalski", "pupil");
        var heathcoat = await RegisterData.SchoolIdAsync(factory, RegisterData.Heathcoat);
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");

        foreach (var path in new[] { $"/people/{heathcoatTeacher}", $"/people/{heathcoatPupil}", $"/consent/{heathcoatPupil}", $"/people?school={heathcoat}", $"/consent?school={heathcoat}", $"/people/import?school={heathcoat}" })
        {
            using var response = await head.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Kowalski", Case.Insensitive, path);
        }
    }

    [Fact]
    public async Task Person_OfAnotherSchool_CannotBeChangedByPostingToTheirPage()
    {
        var heathcoatPupil = await RegisterData.PersonIdAsync(factory, RegisterData.Heathcoat, "Amelia", "Hughes", "pupil");
        using var head = await factory.CreateSignedInClientAsync("head@testbourne.demo");
        var home = await head.GetStringAsync(new Uri("/people", UriKind.Relative));
        using var form = Antiforgery.Form(home, new() { ["neverPublish"] = "true" });

        using var response = await head.PostAsync(new Uri($"/people/{heathcoatPupil}?handler=NeverPublish", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.ScalarAsync<bool>("SELECT never_publish FROM people WHERE id = @Id", new { Id = heathcoatPupil })).ShouldBeFalse();
    }

    [Fact]
    public async Task Index_ShowsStaffPupilsLeaversAndParents_WithCounts()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/people", UriKind.Relative)));

        Section(html, "staff").ShouldContain("head@chapmanslade.demo");
        Section(html, "staff").ShouldContain("Head teacher");
        var onRoll = Section(html, "on-roll");
        onRoll.ShouldContain("Ollie Bennett");
        onRoll.ShouldContain("never publish");
        onRoll.ShouldNotContain("Jacob Evans");
        Section(html, "leavers").ShouldContain("Jacob Evans");
        Section(html, "leavers").ShouldContain("Evie Morgan");
        Section(html, "parents").ShouldContain("Poppy Walsh");
        html.ShouldContain("<span class=\"stat-number\">9</span> pupils on roll");
        html.ShouldContain("<span class=\"stat-number\">2</span> leavers");
    }

    [Fact]
    public async Task Index_Search_FiltersOnTheServer_AndSaysHowManyMatched()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/people?q=kowalski", UriKind.Relative)));

        html.ShouldContain("Isla Kowalski");
        html.ShouldContain("David Kowalski");
        html.ShouldNotContain("Amelia Hughes");
        html.ShouldContain("matching “kowalski”");
        html.ShouldContain("value=\"kowalski\"");
    }

    [Fact]
    public async Task Index_SearchWithMarkup_IsShownAsText()
    {
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var html = await client.GetStringAsync(new Uri("/people?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));

        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task PupilPage_ShowsDetailsParentsAndPublishing()
    {
        var ollie = await RegisterData.PersonIdAsync(factory, RegisterData.Chapmanslade, "Oliver", "Bennett", "pupil");
        using var client = await factory.CreateSignedInClientAsync("head@chapmanslade.demo");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/people/{ollie}", UriKind.Relative)));

        html.ShouldContain("<h1>Ollie Bennett</h1>");
        html.ShouldContain("Oliver Bennett (known as Ollie)");
        html.ShouldContain("Rachel Bennett");
        html.ShouldContain("(mother)");
        html.ShouldContain("Never publish this pupil's name or image");
    }

    [Fact]
    public async Task NeverPublish_SetOnThePupilsPage_IsShownOnTheRegister()
    {
        var harry = await RegisterData.PersonIdAsync(factory, RegisterData.StMarys, "Harry", "Clarke", "pupil");
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var page = await client.GetStringAsync(new Uri($"/people/{harry}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["neverPublish"] = "true" });

        using var response = await client.PostAsync(new Uri($"/people/{harry}?handler=NeverPublish", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Never publish is set");
        var register = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/consent", UriKind.Relative)));
        var row = Row(register, $"pupil-{harry}");
        row.ShouldContain("never publish");
    }

    [Fact]
    public async Task RecordTie_FromAMemberOfStaffToAPupil_IsListedOnBothPages()
    {
        var teacher = await RegisterData.StaffIdAsync(factory, "teacher@stmarys.demo");
        var isla = await RegisterData.PersonIdAsync(factory, RegisterData.StMarys, "Isla", "Kowalski", "pupil");
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var page = await client.GetStringAsync(new Uri($"/people/{teacher}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Tie.PersonId"] = $"{isla}", ["Tie.Kind"] = "OtherFamily", ["Tie.BeganOn"] = "", ["Tie.Note"] = "brother's son" });

        using var response = await client.PostAsync(new Uri($"/people/{teacher}?handler=Tie", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The tie was recorded.");
        Section(html, "ties").ShouldContain("Isla Kowalski");
        Section(html, "ties").ShouldContain("<td data-label=\"Tie\">other family</td>");
        Section(html, "ties").ShouldContain("brother's son");
        var pupilPage = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/people/{isla}", UriKind.Relative)));
        Section(pupilPage, "ties").ShouldContain($"href=\"/people/{teacher}\"");
        Section(pupilPage, "ties").ShouldContain("<td data-label=\"Tie\">other family</td>");
    }

    [Fact]
    public async Task RecordTie_FriendshipWithAPupil_IsRefusedByItsFieldAndNothingIsRecorded()
    {
        var teacher = await RegisterData.StaffIdAsync(factory, "comms@stmarys.demo");
        var noah = await RegisterData.PersonIdAsync(factory, RegisterData.StMarys, "Noah", "Adeyemi", "pupil");
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var page = await client.GetStringAsync(new Uri($"/people/{teacher}", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Tie.PersonId"] = $"{noah}", ["Tie.Kind"] = "PriorFriendship", ["Tie.BeganOn"] = "2019-06-01" });

        using var response = await client.PostAsync(new Uri($"/people/{teacher}?handler=Tie", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The tie was not recorded");
        html.ShouldContain("A prior friendship is with a parent; Noah Adeyemi is a pupil.");
        html.ShouldContain("aria-describedby=\"tie-kind-hint tie-kind-error\"");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM staff_relationships WHERE staff_id = @Id", new { Id = teacher })).ShouldBe(0);
    }

    [Fact]
    public async Task RecordAbsence_IsListedAndAnOverlapIsRefused()
    {
        var dsl = await RegisterData.StaffIdAsync(factory, "dsl@stmarys.demo");
        using var client = await factory.CreateSignedInClientAsync("head@stmarys.demo");
        var page = await client.GetStringAsync(new Uri($"/people/{dsl}", UriKind.Relative));
        using var first = Antiforgery.Form(page, new() { ["Absence.FirstDay"] = "2030-03-02", ["Absence.LastDay"] = "2030-03-04" });
        using var overlapping = Antiforgery.Form(page, new() { ["Absence.FirstDay"] = "04/03/2030", ["Absence.LastDay"] = "" });

        using var recorded = await client.PostAsync(new Uri($"/people/{dsl}?handler=Absence", UriKind.Relative), first);
        using var refused = await client.PostAsync(new Uri($"/people/{dsl}?handler=Absence", UriKind.Relative), overlapping);

        var html = WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync());
        html.ShouldContain("The absence was recorded.");
        Section(html, "absences").ShouldContain("2 Mar 2030");
        Section(html, "absences").ShouldContain("4 Mar 2030");
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        refusal.ShouldContain("It overlaps the absence already recorded from 2 March 2030 to 4 March 2030.");
        (await factory.ScalarAsync<long>("SELECT COUNT(*) FROM absences WHERE person_id = @Id", new { Id = dsl })).ShouldBe(1);
    }

    [Fact]
    public async Task AddStaff_Valid_AddsThemWithTheirRolesAndShowsTheirPage()
    {
        using var client = await factory.CreateSignedInClientAsync("it@testbourne.demo");
        var page = await client.GetStringAsync(new Uri("/people/staff/add", UriKind.Relative));
        using var form = new FormUrlEncodedContent(
        [
            new("Input.GivenName", "Nadia"), new("Input.FamilyName", "Osei"), new("Input.Email", "n.osei@testbourne.demo"), new("Input.Department", "Science"),
            new("Input.Roles", "HeadOfHouse"), new("Input.Roles", "Teacher"), new(Antiforgery.FieldName, Antiforgery.Token(page)),
        ]);

        using var response = await client.PostAsync(new Uri("/people/staff/add", UriKind.Relative), form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/people/");
        html.ShouldContain("The member of staff was added.");
        html.ShouldContain("<h1>Nadia Osei</h1>");
        html.ShouldContain("Head of house");
        html.ShouldContain("Teacher");
        html.ShouldContain("Science");
    }

    [Fact]
    public async Task AddStaff_Invalid_ComesBackWithEachReasonByItsField()
    {
        using var client = await factory.CreateSignedInClientAsync("it@testbourne.demo");
        var page = await client.GetStringAsync(new Uri("/people/staff/add", UriKind.Relative));
        using var form = Antiforgery.Form(page, new() { ["Input.GivenName"] = " ", ["Input.FamilyName"] = "Osei", ["Input.Email"] = "HEAD@testbourne.demo" });

        using var response = await client.PostAsync(new Uri("/people/staff/add", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("The member of staff was not added");
        html.ShouldContain("Enter their first name.");
        html.ShouldContain("already has the email address head@testbourne.demo");
        html.ShouldContain("Choose at least one role");
        html.ShouldContain("aria-describedby=\"given-name-error\"");
        html.ShouldContain("value=\"Osei\"");
    }

    /// <summary>The HTML of the section whose heading has the given id, up to the next section.</summary>
    internal static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, $"no element with id {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    /// <summary>The HTML of the table row with the given id.</summary>
    internal static string Row(string html, string id)
    {
        var match = Regex.Match(html, $"<tr id=\"{id}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"no row {id}");
        return match.Groups[1].Value;
    }
}
