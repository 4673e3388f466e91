using Lanyard.Core.Accounts;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Data.Accounts;
using Lanyard.Data.Governance;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.Accounts;

/// <summary>A clock the test moves; the school's local day is the UTC day, so dates read plainly.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;

    public void SetToday(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}

/// <summary>
/// One school on one pack with its email domain, and the account use cases wired to real stores in
/// one unit of work, as a web request would have them. Every test makes its own.
/// </summary>
internal sealed class AccountsTestSchool
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    private AccountsTestSchool(UnitOfWork work, long schoolId, string domain, TestClock clock)
    {
        Work = work;
        SchoolId = schoolId;
        Domain = domain;
        Clock = clock;
        Organisations = new OrganisationStore(work);
        People = new PeopleStore(work);
        Accounts = new OfficialAccountStore(work);
        Reviews = new ReviewTaskStore(work);
    }

    public UnitOfWork Work { get; }

    public long SchoolId { get; }

    public string Domain { get; }

    public TestClock Clock { get; }

    public OrganisationStore Organisations { get; }

    public PeopleStore People { get; }

    public OfficialAccountStore Accounts { get; }

    public ReviewTaskStore Reviews { get; }

    /// <summary>
    /// A school on the pack. Heathcoat's pack attaches to a federation, so its school is a member of
    /// one, and the domain is recorded on the federation (a federation's address is official for its schools).
    /// </summary>
    public static async Task<AccountsTestSchool> CreateAsync(UnitOfWork work, string packId, string domain)
    {
        var organisations = new OrganisationStore(work);
        long schoolId;
        if (packId == "heathcoat")
        {
            var federation = await organisations.AddAsync(new NewOrganisation("Heathcoat Federation", OrganisationLevel.Federation, null, packId), CancellationToken.None);
            await organisations.UpdateSettingsAsync(federation.Id, 9, 1, [domain], CancellationToken.None);
            schoolId = (await organisations.AddAsync(new NewOrganisation("Heathcoat Primary School", OrganisationLevel.School, federation.Id, null), CancellationToken.None)).Id;
        }
        else
        {
            schoolId = (await organisations.AddAsync(new NewOrganisation("School on " + packId, OrganisationLevel.School, null, packId), CancellationToken.None)).Id;
            await organisations.UpdateSettingsAsync(schoolId, 9, 1, [domain], CancellationToken.None);
        }

        var clock = new TestClock(default);
        clock.SetToday(Today);
        return new AccountsTestSchool(work, schoolId, domain, clock);
    }

    /// <summary>An account that meets every rule of every pack: the school's email, the head teacher's approval, an admin, leadership told, the policy linked, no pupils.</summary>
    public OfficialAccountForm CompliantForm(string handle = "@SchoolClass6") => new()
    {
        Platform = "Twitter",
        Handle = handle,
        Purpose = "curriculum",
        LinkedEmail = "office@" + Domain,
        Admins = [new OfficialAccountForm.Admin { Name = "Beth Baker", Email = "b.baker@" + Domain }],
        ApproverName = "Helen Head",
        ApproverRole = "headteacher",
        ApprovedOn = new DateOnly(2026, 9, 7),
        LeadershipNotifiedOn = new DateOnly(2026, 9, 8),
        PlatformMinimumAge = 13,
        PolicyLinkUrl = "https://school.example/policies/social-media",
        SafetyMeasures = "Closed membership; every post moderated by the class teacher",
        NextAttestationOn = new DateOnly(2027, 9, 1),
    };

    public Task<AddOfficialAccount.Result> AddAsync(OfficialAccountForm form) =>
        AddOfficialAccount.HandleAsync(new AddOfficialAccount.Request(SchoolId, form), Organisations, People, Accounts, Reviews, Clock, CancellationToken.None);

    public Task<UpdateOfficialAccount.Result> UpdateAsync(long accountId, OfficialAccountForm form) =>
        UpdateOfficialAccount.HandleAsync(new UpdateOfficialAccount.Request(SchoolId, accountId, form), Organisations, People, Accounts, Clock, CancellationToken.None);

    public async Task<ListOfficialAccounts.Result> ListAsync() =>
        (await ListOfficialAccounts.HandleAsync(SchoolId, Organisations, Accounts, Reviews, Clock, CancellationToken.None))!;

    public Task<long> StaffAsync(string given, string family, params StaffRole[] roles) =>
        People.AddAsync(new Person { OrganisationId = SchoolId, Kind = PersonKind.Staff, GivenName = given, FamilyName = family, Email = $"{given[0]}.{family}@{Domain}".ToLowerInvariant(), Roles = roles }, CancellationToken.None);

    public Task<long> PupilAsync(string misId, DateOnly born, string yearGroup, DateOnly? left = null) =>
        People.AddAsync(new Person { OrganisationId = SchoolId, Kind = PersonKind.Pupil, MisId = misId, GivenName = "Pupil", FamilyName = misId, DateOfBirth = born, YearGroup = yearGroup, StartDate = new DateOnly(2020, 9, 1), LeavingDate = left }, CancellationToken.None);

    /// <summary>Rows in a table, to prove what was (not) written.</summary>
    public Task<long> CountAsync(string table) => Work.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}", null, CancellationToken.None);
}
