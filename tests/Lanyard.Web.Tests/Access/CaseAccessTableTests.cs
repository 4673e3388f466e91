using System.Net;
using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Data.Users;
using Lanyard.Web.Tests.People;

namespace Lanyard.Web.Tests.Access;

/// <summary>
/// Issue 5, "Audit and access": access "tested for every role against every case type (a table
/// test), through the web app as well". One case of every type is reported at Chapmanslade by its
/// teacher; each of the 17 demo sign-ins there then opens every case at <c>/cases/{id}</c>. The
/// expected table is written out from the issue's words, not worked out from the code under test:
/// <list type="bullet">
/// <item>safeguarding cases (safeguarding concern, indecent-image evidence, unsolicited contact):
/// only the DSL, deputy DSL and head teacher read them;</item>
/// <item>staff-breach investigations: only SLT (head teacher, deputy head, SLT) and the investigating
/// officer the case is assigned to;</item>
/// <item>every other type: SLT, head teacher and the safeguarding leads (Chapmanslade routes these
/// to senior staff and SLT, who read them anyway);</item>
/// <item>the reporter (the teacher) sees the status of their own reports; governors and the chair
/// see every case anonymised; anyone else gets 404, exactly as for a case that does not exist.</item>
/// </list>
/// </summary>
public sealed class CaseAccessTableTests(LanyardWebFactory factory) : IClassFixture<LanyardWebFactory>
{
    /// <summary>What a reader gets back from <c>/cases/{id}</c>.</summary>
    public enum Seen
    {
        /// <summary>404.</summary>
        NotFound,

        /// <summary>200 with the reporter's status view.</summary>
        Status,

        /// <summary>200 with the governors' anonymised view.</summary>
        Anonymised,

        /// <summary>200 with the whole case.</summary>
        Full,
    }

    private const string School = "chapmanslade.demo";

    private static readonly CaseType[] Safeguarding = [CaseType.SafeguardingConcern, CaseType.IndecentImageEvidence, CaseType.UnsolicitedContact];

    private static readonly StaffRole[] SafeguardingReaders = [StaffRole.Dsl, StaffRole.DeputyDsl, StaffRole.Headteacher];

    private static readonly StaffRole[] Slt = [StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Slt];

    private static readonly StaffRole[] GeneralReaders = [StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Slt, StaffRole.Dsl, StaffRole.DeputyDsl];

    /// <summary>Every demo role at the school.</summary>
    public static TheoryData<StaffRole> Roles() => [.. DemoUsers.LocalParts.Keys];

    /// <summary>The table, from the issue's words.</summary>
    public static Seen Expected(StaffRole role, CaseType type)
    {
        var full = Safeguarding.Contains(type) ? SafeguardingReaders
            : type == CaseType.StaffBreach ? [.. Slt, StaffRole.InvestigatingOfficer] // the investigator is assigned this case
            : GeneralReaders;
        return full.Contains(role) ? Seen.Full
            : role is StaffRole.Governor or StaffRole.ChairOfGovernors ? Seen.Anonymised
            : role == StaffRole.Teacher ? Seen.Status // the teacher reported every case
            : Seen.NotFound;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryRole_OpensEveryCaseType_AsTheIssueSays(StaffRole role)
    {
        var cases = await SeedOneOfEachTypeAsync();
        using var client = await factory.CreateSignedInClientAsync(DemoUsers.Email(role, School));
        var mismatches = new List<string>();

        foreach (var (type, (id, summary)) in cases)
        {
            using var response = await client.GetAsync(new Uri($"/cases/{id}", UriKind.Relative));
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var seen = response.StatusCode switch
            {
                HttpStatusCode.NotFound => Seen.NotFound,
                HttpStatusCode.OK when html.Contains(summary, StringComparison.Ordinal) => Seen.Full,
                HttpStatusCode.OK when html.Contains($"Case {id} (anonymised)", StringComparison.Ordinal) => Seen.Anonymised,
                HttpStatusCode.OK when html.Contains($"Your report: case {id}", StringComparison.Ordinal) => Seen.Status,
                _ => throw new InvalidOperationException($"{role} on {type}: {(int)response.StatusCode} with no recognisable view"),
            };
            if (seen != Seen.Full && html.Contains(summary, StringComparison.Ordinal))
            {
                mismatches.Add($"{type}: the summary leaked into the {seen} view");
            }

            if (seen != Expected(role, type))
            {
                mismatches.Add($"{type}: expected {Expected(role, type)}, got {seen}");
            }
        }

        mismatches.ShouldBeEmpty($"{role} at {School}");
    }

    [Fact]
    public void TheTable_CoversEveryTypeAndEveryDemoRole()
    {
        Enum.GetValues<CaseType>().Length.ShouldBe(10);
        DemoUsers.LocalParts.Count.ShouldBe(17);
        Enum.GetValues<CaseType>().Count(t => Expected(StaffRole.Dsl, t) == Seen.Full).ShouldBe(9, "the DSL reads everything but staff-breach investigations");
        Enum.GetValues<CaseType>().Count(t => Expected(StaffRole.InvestigatingOfficer, t) == Seen.Full).ShouldBe(1);
    }

    private async Task<IReadOnlyDictionary<CaseType, (long Id, string Summary)>> SeedOneOfEachTypeAsync()
    {
        var pupil = await RegisterData.PersonIdAsync(factory, RegisterData.Chapmanslade, "Noah", "Adeyemi", "pupil");
        var comms = await RegisterData.StaffIdAsync(factory, DemoUsers.Email(StaffRole.CommsLead, School));
        var investigator = await RegisterData.StaffIdAsync(factory, DemoUsers.Email(StaffRole.InvestigatingOfficer, School));
        var head = await CaseSeeder.ActorAsync(factory, DemoUsers.Email(StaffRole.Headteacher, School));
        var cases = new Dictionary<CaseType, (long, string)>();
        foreach (var type in Enum.GetValues<CaseType>())
        {
            var summary = $"Summary {Guid.NewGuid():N} for {type}";
            ReportConcern.PartyInput party = type == CaseType.StaffBreach
                ? new(comms, null, PartyKind.Staff, PartyRole.Subject)
                : new(pupil, null, PartyKind.Pupil, PartyRole.Subject);
            var id = await CaseSeeder.ReportAsync(factory, DemoUsers.Email(StaffRole.Teacher, School), type, summary, party);
            if (type == CaseType.StaffBreach)
            {
                await CaseSeeder.AppendAsync(factory, id, head, CaseStep.AddNote, CaseStage.Reported, CaseStage.Reported,
                    new Dictionary<string, string> { [CaseDetails.AssignedTo] = investigator.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            cases[type] = (id, summary);
        }

        return cases;
    }
}
