using System.Net;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Data;
using Lanyard.Data.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.People;

/// <summary>
/// Trust staff act for each school in the trust and choose among them; a school outside the trust is
/// 404 for them as for anyone. <see cref="LanyardWebFactory.AddStaffAsync"/> adds staff to the first
/// organisation by name, the Cambrian Learning Trust; a second school joins the trust here.
/// </summary>
public class TrustScopeTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task TrustStaff_ChooseAmongTheTrustsSchools_AndNoOther()
    {
        var (email, _, _) = await factory.AddStaffAsync(StaffRole.Slt);
        var hill = await AddSchoolToTheTrustAsync("Cambrian Hill Primary");
        var valley = await RegisterData.SchoolIdAsync(factory, "Cambrian Valley Academy");
        var chapmanslade = await RegisterData.SchoolIdAsync(factory, RegisterData.Chapmanslade);
        var valleyPupil = await RegisterData.PersonIdAsync(factory, "Cambrian Valley Academy", "Isla", "Kowalski", "pupil");
        using var client = await factory.CreateSignedInClientAsync(email, LanyardWebFactory.StaffPassword);

        var first = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/people", UriKind.Relative)));
        var chosen = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/people?school={valley}", UriKind.Relative)));
        var consent = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/consent?school={valley}", UriKind.Relative)));
        using var outside = await client.GetAsync(new Uri($"/people?school={chapmanslade}", UriKind.Relative));
        using var pupil = await client.GetAsync(new Uri($"/people/{valleyPupil}", UriKind.Relative));

        // The first school by name until one is chosen.
        first.ShouldContain("<label for=\"school-picker\">School</label>");
        first.ShouldContain($"<option value=\"{hill}\" selected=\"selected\">Cambrian Hill Primary</option>");
        first.ShouldContain($"<option value=\"{valley}\">Cambrian Valley Academy</option>");
        first.ShouldContain("No pupils are on roll");
        chosen.ShouldContain("<strong>Cambrian Valley Academy</strong>");
        chosen.ShouldContain("Isla Kowalski");
        chosen.ShouldContain($"href=\"/people/import?school={valley}\"");
        consent.ShouldContain("Cambrian Valley Academy");
        consent.ShouldContain("from Cambrian Learning Trust");
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pupil.StatusCode.ShouldBe(HttpStatusCode.OK);
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
}
