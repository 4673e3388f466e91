using System.Net;

namespace Lanyard.Web.Tests.Dashboard;

/// <summary>The dashboard shows each person what they act on, and nothing they do not.</summary>
public sealed class DashboardTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    private async Task<string> DashboardFor(string email)
    {
        using var client = await factory.CreateSignedInClientAsync(email);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
    }

    [Fact]
    public async Task StMarys_NoReviewCycle_IsShownToTheHeadTeacher_AsAWarning_st_marys_meta()
    {
        var html = await DashboardFor("head@stmarys.demo");

        html.ShouldContain("No review cycle set");
        html.ShouldContain("St Mary's Catholic Primary School");
    }

    [Fact]
    public async Task Teacher_SeesNoGovernanceOrRegisterItems()
    {
        var html = await DashboardFor("teacher@stmarys.demo");

        html.ShouldNotContain("No review cycle set");
        html.ShouldNotContain("consent answer");
        html.ShouldContain("Nothing needs your attention here.");
    }

    [Fact]
    public async Task Testbourne_ApprovalPerUse_UnansweredConsentIsAGap_ForTheRegisterAdmin()
    {
        var html = await DashboardFor("it@testbourne.demo");

        html.ShouldContain("2 pupils have no photo consent answer this year");
        html.ShouldContain("testbourne.");
    }

    [Fact]
    public async Task Heathcoat_OptOut_UnansweredConsentIsNotAGap()
    {
        var html = await DashboardFor("head@heathcoat.demo");

        html.ShouldNotContain("no photo consent answer");
    }

    [Fact]
    public async Task TrustStaff_SeeEachSchoolInTheTrust()
    {
        var html = await DashboardFor("coo@cambrian.demo");

        html.ShouldContain("Cambrian Valley Academy");
        html.ShouldNotContain("Testbourne Community School", Case.Sensitive, "nobody sees another organisation's school");
    }
}
