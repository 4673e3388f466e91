using Lanyard.Core.Connections;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Data.Connections;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.Connections;

/// <summary>A clock a test moves on, so exceptions can be seen to expire.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// One school on a shipped pack (under its trust or federation when the pack attaches there), real
/// stores in one unit of work, and the connection use cases called as a host would call them.
/// </summary>
internal sealed class ConnectionWorld
{
    /// <summary>Mid-morning, so the day is the same in any time zone a test machine might use.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    private ConnectionWorld(UnitOfWork work, long schoolId)
    {
        Work = work;
        SchoolId = schoolId;
        Organisations = new OrganisationStore(work);
        People = new PeopleStore(work);
        Log = new ConnectionStore(work);
    }

    public UnitOfWork Work { get; }

    public long SchoolId { get; }

    public OrganisationStore Organisations { get; }

    public PeopleStore People { get; }

    public ConnectionStore Log { get; }

    public SettableClock Clock { get; } = new(Start);

    public DateOnly Today => DateOnly.FromDateTime(Clock.Now.UtcDateTime);

    public static async Task<ConnectionWorld> CreateAsync(UnitOfWork work, string packId, string? name = null)
    {
        var organisations = new OrganisationStore(work);
        var pack = BuiltInPacks.Get(packId).Organisation;
        var top = await organisations.AddAsync(new NewOrganisation(name ?? pack.Name, pack.Level, null, packId), CancellationToken.None);
        var school = pack.Level == OrganisationLevel.School
            ? top
            : await organisations.AddAsync(new NewOrganisation($"{top.Name} Academy", OrganisationLevel.School, top.Id, null), CancellationToken.None);
        return new ConnectionWorld(work, school.Id);
    }

    /// <summary>A date of birth that makes someone <paramref name="years"/> today, a month past the birthday.</summary>
    public DateOnly BornAged(int years) => Today.AddYears(-years).AddMonths(-1);

    public Task<long> StaffAsync(string given, string family, params StaffRole[] roles) =>
        People.AddAsync(new Person { OrganisationId = SchoolId, Kind = PersonKind.Staff, GivenName = given, FamilyName = family, Roles = roles }, CancellationToken.None);

    public Task<long> PupilAsync(string given, string family, int age, DateOnly? started = null, DateOnly? left = null) =>
        People.AddAsync(new Person
        {
            OrganisationId = SchoolId,
            Kind = PersonKind.Pupil,
            MisId = $"{given}-{family}",
            GivenName = given,
            FamilyName = family,
            DateOfBirth = BornAged(age),
            StartDate = started ?? new DateOnly(2022, 9, 5),
            LeavingDate = left,
        }, CancellationToken.None);

    public async Task<long> ParentOfAsync(string given, string family, params long[] children)
    {
        var id = await People.AddAsync(new Person { OrganisationId = SchoolId, Kind = PersonKind.Parent, GivenName = given, FamilyName = family }, CancellationToken.None);
        foreach (var child in children)
        {
            await People.AddParentLinkAsync(new ParentLink(id, child, "parent"), CancellationToken.None);
        }

        return id;
    }

    public Task TieAsync(long staff, long other, RelationshipKind kind, DateOnly? began = null) =>
        People.AddRelationshipAsync(new StaffRelationship(0, staff, other, kind, began, null), Clock.Now, CancellationToken.None);

    public Task<DecideConnection.Result> AskAsync(long staff, long other, ConnectionAction action, string askedBy = "sam.teacher") =>
        DecideConnection.HandleAsync(new DecideConnection.Request(SchoolId, askedBy, staff, other, null, action, "Instagram"), Organisations, People, Log, Clock, CancellationToken.None);

    public Task<DecideConnection.Result> AskAsync(DecideConnection.Request request) =>
        DecideConnection.HandleAsync(request, Organisations, People, Log, Clock, CancellationToken.None);

    public Task<GrantConnectionException.Result> GrantAsync(long grantor, long staff, long other, DateOnly until, string? reason = "Coaches the county under-17 team; contact limited to fixtures", long? hold = null) =>
        GrantConnectionException.HandleAsync(new GrantConnectionException.Request(SchoolId, grantor, staff, other, until, reason, hold), Organisations, People, Log, Clock, CancellationToken.None);

    public Task<RecordConnectionAdvice.Result> AdviseAsync(long adviser, long staff, long other, bool mayConnect, string? note, long? hold = null) =>
        RecordConnectionAdvice.HandleAsync(new RecordConnectionAdvice.Request(SchoolId, adviser, staff, other, mayConnect, note, hold), Organisations, People, Log, Clock, CancellationToken.None);

    public Task<RefuseConnectionHold.Result> RefuseAsync(long hold, long decider, string? note) =>
        RefuseConnectionHold.HandleAsync(new RefuseConnectionHold.Request(SchoolId, hold, decider, note), Organisations, People, Log, Clock, CancellationToken.None);

    public Task<IReadOnlyList<ListOpenHoldRequests.Item>> OpenHoldsForAsync(long roleHolder) =>
        ListOpenHoldRequests.HandleAsync(new ListOpenHoldRequests.Request(SchoolId, roleHolder), Organisations, People, Log, CancellationToken.None);

    public Task<IReadOnlyList<ConnectionDecisionRecord>> DecisionsAsync(long? staff = null) =>
        ListConnectionDecisions.HandleAsync(new ListConnectionDecisions.Request(SchoolId, staff), Log, CancellationToken.None);

    /// <summary>Rows in one of the connection tables, to show a refusal wrote nothing.</summary>
    public async Task<long> RowsAsync(string table) =>
        await Work.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}", null, CancellationToken.None);

    public async Task<(long Decisions, long Holds, long Exceptions, long Advice)> AllRowsAsync() =>
        (await RowsAsync("connection_decisions"), await RowsAsync("connection_hold_requests"), await RowsAsync("connection_exceptions"), await RowsAsync("connection_advice"));
}
