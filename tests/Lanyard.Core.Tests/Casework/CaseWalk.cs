using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Casework;

/// <summary>A case under a shipped pack, walked step by step through its procedure (pure: no store).</summary>
internal sealed class CaseWalk
{
    public static readonly DateTimeOffset Reported = new(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A head teacher who is also on SLT and the DSL: holds every leadership role, so role rules never get in the way unless a test says so.</summary>
    public static readonly IReadOnlyCollection<Role> Leader = [.. CaseRoles.PolicyRolesOf([StaffRole.Headteacher, StaffRole.Dsl])];

    public static readonly IReadOnlyCollection<Role> Teacher = [.. CaseRoles.PolicyRolesOf([StaffRole.Teacher])];

    private readonly List<CaseEntry> _entries = [];

    public CaseWalk(string packId, CaseType type)
    {
        Pack = BuiltInPacks.Get(packId);
        Procedure = CaseProcedures.For(Pack, type);
        Record = new CaseRecord
        {
            Id = 1,
            OrganisationId = 1,
            Type = type,
            Summary = "test",
            ReportedAt = Reported,
            ReportedByUserId = 1,
            ReportedByPersonId = 1,
            PackId = Pack.Id,
            PackVersion = Pack.Version,
        };
    }

    public PolicyPack Pack { get; }

    public CaseProcedure Procedure { get; }

    public CaseRecord Record { get; }

    public CaseFile File => new(Record, [], [.. _entries], []);

    public DateTimeOffset Now => Reported.AddMinutes(_entries.Count * 10);

    public IReadOnlyList<CaseStep> Allowed => Procedure.AllowedNow(File);

    public IReadOnlyList<CaseTask> Tasks => Procedure.OpenTasks(File, Now);

    public StepCheck Try(CaseStep step, params (string Key, string Value)[] details) => TryAs(Leader, step, details);

    public StepCheck TryAs(IReadOnlyCollection<Role> roles, CaseStep step, params (string Key, string Value)[] details) =>
        Procedure.Check(File, step, roles, Details(details));

    /// <summary>Takes a step the procedure must allow, and records it.</summary>
    public CaseWalk Take(CaseStep step, params (string Key, string Value)[] details)
    {
        var check = Try(step, details);
        check.Refusal.ShouldBeNull();
        check.Allowed.ShouldBeTrue();
        _entries.Add(new CaseEntry
        {
            Id = _entries.Count + 1,
            CaseId = Record.Id,
            Step = step,
            From = File.Stage,
            To = check.To,
            At = Now,
            ByUserId = 1,
            ByName = "Test",
            Details = Details(details),
            Clauses = check.Clauses,
        });
        return this;
    }

    /// <summary>Asks whether <paramref name="roles"/> may correct an entry (by its 1-based id) with these details, re-recording its step.</summary>
    public StepCheck TryCorrect(IReadOnlyCollection<Role> roles, long entryId, params (string Key, string Value)[] details) =>
        Procedure.CheckCorrection(File, entryId, _entries.First(e => e.Id == entryId).Step, roles, Details(details));

    /// <summary>Corrects an entry (the procedure must allow it) by appending a correction that points at it.</summary>
    public CaseWalk Correct(long entryId, params (string Key, string Value)[] details)
    {
        var check = TryCorrect(Leader, entryId, details);
        check.Refusal.ShouldBeNull();
        check.To.ShouldBe(File.Stage);
        _entries.Add(new CaseEntry
        {
            Id = _entries.Count + 1,
            CaseId = Record.Id,
            Step = _entries.First(e => e.Id == entryId).Step,
            From = File.Stage,
            To = check.To,
            At = Now,
            ByUserId = 1,
            ByName = "Test",
            Note = "Recorded by mistake.",
            Details = Details(details),
            Clauses = check.Clauses,
            Corrects = entryId,
        });
        return this;
    }

    private static Dictionary<string, string> Details((string Key, string Value)[] details) =>
        details.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
}
