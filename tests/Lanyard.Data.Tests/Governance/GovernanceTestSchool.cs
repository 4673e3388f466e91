using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Data.Governance;

namespace Lanyard.Data.Tests.Governance;

/// <summary>A clock the test moves; the local day is the UTC day, so dates read plainly.</summary>
internal sealed class GovernanceClock(DateOnly today) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = At(today);

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;

    public void SetToday(DateOnly day) => Now = At(day);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}

/// <summary>One organisation on one shipped pack, its staff, and the governance use cases wired to real stores in one unit of work.</summary>
internal sealed class GovernanceTestSchool
{
    private GovernanceTestSchool(UnitOfWork work, long organisationId, string packId, GovernanceClock clock)
    {
        Work = work;
        OrganisationId = organisationId;
        PackId = packId;
        Clock = clock;
        Ports = GovernanceStores.Over(work);
    }

    public UnitOfWork Work { get; }

    public long OrganisationId { get; }

    public string PackId { get; }

    public GovernanceClock Clock { get; }

    public GovernancePorts Ports { get; }

    public static async Task<GovernanceTestSchool> CreateAsync(UnitOfWork work, string packId, DateOnly today, string? name = null)
    {
        var level = packId == "cambrian" ? OrganisationLevel.Trust : OrganisationLevel.School;
        var organisation = await GovernanceStores.Over(work).Organisations.AddAsync(new NewOrganisation(name ?? "Org on " + packId, level, null, packId), CancellationToken.None);
        return new GovernanceTestSchool(work, organisation.Id, packId, new GovernanceClock(today));
    }

    public Task<long> StaffAsync(string given, string family, params StaffRole[] roles) =>
        Ports.People.AddAsync(new Person { OrganisationId = OrganisationId, Kind = PersonKind.Staff, GivenName = given, FamilyName = family, Department = "Science", Roles = roles }, CancellationToken.None);

    /// <summary>The shipped YAML with a new version label and one clause's summary reworded.</summary>
    public string NewVersionYaml(string version, string clauseId, string newSummary)
    {
        var lines = BuiltInPacks.Text(PackId).Split('\n').ToList();
        var versionLine = lines.FindIndex(l => l.StartsWith("version:", StringComparison.Ordinal));
        lines[versionLine] = $"version: \"{version}\"";
        var clauseLine = lines.FindIndex(l => l.Trim() == $"- id: {clauseId}");
        var summaryLine = lines.FindIndex(clauseLine, l => l.TrimStart().StartsWith("summary:", StringComparison.Ordinal));
        lines[summaryLine] = $"    summary: \"{newSummary}\"";
        return string.Join('\n', lines);
    }

    public Task<DraftPolicyVersion.Result> DraftAsync(long actor) =>
        DraftPolicyVersion.HandleAsync(new DraftPolicyVersion.Request(OrganisationId, actor), Ports, Clock, CancellationToken.None);

    public Task<UpdatePolicyDraft.Result> UploadAsync(long versionId, long actor, string yaml) =>
        UpdatePolicyDraft.HandleAsync(new UpdatePolicyDraft.Request(versionId, actor, yaml, PackId + ".yaml"), Ports, Clock, CancellationToken.None);

    public Task<ApprovePolicyVersion.Result> ApproveAsync(long versionId, long actor, DateOnly? effective, DateOnly? meeting = null) =>
        ApprovePolicyVersion.HandleAsync(new ApprovePolicyVersion.Request(versionId, actor, effective, meeting), Ports, Clock, CancellationToken.None);

    /// <summary>Drafts, uploads and approves a new version (by a governor, at a meeting today) that rewords one clause.</summary>
    public async Task<PolicyVersion> NewVersionAsync(long editor, long approver, string version, string clauseId, DateOnly effective)
    {
        var draft = (await DraftAsync(editor)).Draft.ShouldNotBeNull();
        (await UploadAsync(draft.Id, editor, NewVersionYaml(version, clauseId, "Reworded in review " + version))).Errors.ShouldBeEmpty();
        var approved = await ApproveAsync(draft.Id, approver, effective, Clock.Today);
        approved.Errors.ShouldBeEmpty();
        return approved.Version.ShouldNotBeNull();
    }

    public Task<DeclarationStatus.Result> DeclarationsAsync() => DeclarationStatus.HandleAsync(OrganisationId, Ports, Clock, CancellationToken.None);

    public async Task<SignDeclaration.Result> SignAsync(long person, string? department = "Science", bool confirmed = true, long? actor = null)
    {
        var inForce = (await PolicyVersions.InForceAsync(OrganisationId, Clock.Today, Ports.Organisations, Ports.Versions, CancellationToken.None)).ShouldNotBeNull();
        return await SignDeclaration.HandleAsync(
            new SignDeclaration.Request(OrganisationId, actor ?? person, person, inForce.VersionId, inForce.VersionLabel, "Printed Name", department, confirmed),
            Ports,
            Clock,
            CancellationToken.None);
    }

    public static PolicyPack Shipped(string packId) => BuiltInPacks.Get(packId);
}
