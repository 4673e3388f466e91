using System.Net;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Data;
using Lanyard.Data.Governance;
using Lanyard.Data.Organisations;
using Lanyard.Web.Tests.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Lanyard.Web.Tests.Cases;

/// <summary>
/// The case page says which pack version the case is judged under: the version recorded on it. A
/// class of its own, so the version it approves for Heathcoat stays in its own database.
/// </summary>
public sealed class CaseVersionPageTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task CasePage_SaysEachCaseIsJudgedUnderTheVersionItWasReportedUnder_BeforeAndAfterANewVersionTakesEffect()
    {
        var shipped = BuiltInPacks.Get("heathcoat");
        using var teacher = await factory.CreateSignedInClientAsync("teacher@heathcoat.demo");
        using var dsl = await factory.CreateSignedInClientAsync("dsl@heathcoat.demo");
        var before = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "Reported under the shipped version.");

        await ApproveVersionInForceTodayAsync("1.2.0");
        var after = await CasePages.ReportedCaseAsync(teacher, "ParentPost", "Reported under the school's own version.");

        var oldPage = WebUtility.HtmlDecode(await dsl.GetStringAsync(new Uri($"/cases/{before}", UriKind.Relative)));
        var newPage = WebUtility.HtmlDecode(await dsl.GetStringAsync(new Uri($"/cases/{after}", UriKind.Relative)));

        oldPage.ShouldContain($"Judged under <a href=\"/packs/heathcoat\">{shipped.Title}</a> version <code>{shipped.Version}</code>");
        newPage.ShouldContain($"Judged under {shipped.Title} version <code>1.2.0</code>");
        newPage.ShouldContain("Next steps");
    }

    /// <summary>Records an approved version of the federation's pack, in force from today (the register's own stores, as the governance pages would leave it).</summary>
    private async Task ApproveVersionInForceTodayAsync(string label)
    {
        var head = await CaseSeeder.ActorAsync(factory, "head@heathcoat.demo");
        var today = DateOnly.FromDateTime(factory.Clock.GetLocalNow().DateTime);
        await using var work = new UnitOfWork(factory.Services.GetRequiredService<IDatabase>());
        var federation = (await new OrganisationStore(work).ListAsync(CancellationToken.None)).Single(o => o.PackId == "heathcoat" && o.Level == OrganisationLevel.Federation);
        var yaml = BuiltInPacks.Text("heathcoat").Replace($"version: \"{BuiltInPacks.Get("heathcoat").Version}\"", $"version: \"{label}\"", StringComparison.Ordinal);
        yaml.ShouldContain($"version: \"{label}\"");
        var versions = new PolicyVersionStore(work);
        var id = await versions.AddAsync(new PolicyVersion
        {
            OrganisationId = federation.Id,
            PackId = "heathcoat",
            Version = label,
            Yaml = yaml,
            DraftedFromVersion = BuiltInPacks.Get("heathcoat").Version,
            DraftedOn = today,
            DraftedByPersonId = head.PersonId,
        }, factory.Clock.GetUtcNow(), CancellationToken.None);
        await versions.ApproveAsync(id, "Learning, Progress and Welfare Committee", today, today, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }
}
