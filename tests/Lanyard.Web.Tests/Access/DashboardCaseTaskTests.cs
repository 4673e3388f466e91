using System.Net;
using Lanyard.Core.Casework;

namespace Lanyard.Web.Tests.Access;

/// <summary>The dashboard lists the open tasks on cases the reader reads in full, linked to the case; overdue first and marked.</summary>
public sealed class DashboardCaseTaskTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    [Fact]
    public async Task CaseTasks_AreListedWithALinkToTheCase_AndMarkedOverdueOnceLate()
    {
        var id = await CaseSeeder.ReportAsync(factory, "teacher@cambrian.demo", CaseType.SafeguardingConcern, "Osprey-3: a concern");
        using var dsl = await factory.CreateSignedInClientAsync("dsl@cambrian.demo");
        using var teacher = await factory.CreateSignedInClientAsync("teacher@cambrian.demo");

        var now = WebUtility.HtmlDecode(await dsl.GetStringAsync(new Uri("/", UriKind.Relative)));
        var teachers = WebUtility.HtmlDecode(await teacher.GetStringAsync(new Uri("/", UriKind.Relative)));
        factory.Clock.Advance(TimeSpan.FromDays(40));
        using var dslLater = await factory.CreateSignedInClientAsync("dsl@cambrian.demo"); // the first sign-in has lapsed
        var later = WebUtility.HtmlDecode(await dslLater.GetStringAsync(new Uri("/", UriKind.Relative)));

        now.ShouldContain($"href=\"/cases/{id}\"");
        now.ShouldContain($"Case {id} (safeguarding-concern)");
        later.ShouldContain("<li class=\"attention-item attention-overdue attention-case-task\">");
        later.ShouldContain("was due");
        teachers.ShouldNotContain($"href=\"/cases/{id}\"", Case.Sensitive, "the reporter is not given the case's tasks");
        now.ShouldNotContain("Osprey-3", Case.Sensitive, "the dashboard quotes no case text");
    }
}
