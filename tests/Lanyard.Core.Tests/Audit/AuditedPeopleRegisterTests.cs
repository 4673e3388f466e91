using System.Text.Json;
using Lanyard.Core.Audit;
using Lanyard.Core.People;
using Lanyard.Core.Tests.Casework;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Audit;

/// <summary>Issue 5: every create and change of a person record is in the audit log, named by id, never by name.</summary>
public sealed class AuditedPeopleRegisterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryWrite_IsAudited_ByIdWithAFixedPhrase_AndReadsAreNot()
    {
        var log = new InMemoryAuditLog();
        var register = new AuditedPeopleRegister(new InMemoryPeople(), log, () => AuditActor.User(7), new ManualClock(Now));
        var pupil = await register.AddAsync(new Person { OrganisationId = 1, Kind = PersonKind.Pupil, GivenName = "Zoë", FamilyName = "Okafor", DateOfBirth = new DateOnly(2015, 3, 1) }, CancellationToken.None);
        var teacher = await register.AddAsync(new Person { OrganisationId = 1, Kind = PersonKind.Staff, GivenName = "Owen", FamilyName = "Price" }, CancellationToken.None);
        var parent = await register.AddAsync(new Person { OrganisationId = 1, Kind = PersonKind.Parent, GivenName = "Sara", FamilyName = "Okafor" }, CancellationToken.None);
        await register.UpdateAsync((await register.GetAsync(pupil, CancellationToken.None))! with { PreferredName = "Zo" }, CancellationToken.None);
        await register.AddParentLinkAsync(new ParentLink(parent, pupil, "mother"), CancellationToken.None);
        await register.AddRelationshipAsync(new StaffRelationship(0, teacher, pupil, RelationshipKind.OtherFamily, null, "niece"), Now, CancellationToken.None);
        await register.AddAbsenceAsync(new Absence(teacher, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24)), CancellationToken.None);
        _ = await register.ListAsync(1, null, CancellationToken.None);

        log.Events.Select(e => (e.Action, e.SubjectKind, e.SubjectId, e.Detail)).ShouldBe(
        [
            (AuditAction.Create, "person", pupil, "person pupil"),
            (AuditAction.Create, "person", teacher, "person staff"),
            (AuditAction.Create, "person", parent, "person parent"),
            (AuditAction.Change, "person", pupil, "person details"),
            (AuditAction.Change, "person", pupil, "parent link added"),
            (AuditAction.Change, "person", teacher, "relationship recorded"),
            (AuditAction.Change, "person", teacher, "absence recorded"),
        ]);
        log.Events.ShouldAllBe(e => e.ActorUserId == 7 && e.Actor == "7" && e.At == Now);
        var json = JsonSerializer.Serialize(log.Events);
        foreach (var personal in new[] { "Zo", "Okafor", "Owen", "Price", "Sara", "niece", "mother" })
        {
            json.ShouldNotContain(personal);
        }
    }
}
