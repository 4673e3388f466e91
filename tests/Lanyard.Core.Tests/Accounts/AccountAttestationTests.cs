using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>
/// No policy sets a schedule for re-checking official accounts (their reminder clauses are about the
/// policy itself or staff's own profiles), so attestation runs on the register's own date and
/// cites nothing, the same for every pack.
/// </summary>
public sealed class AccountAttestationTests
{
    public static TheoryData<string> EveryPack => [.. BuiltInPacks.Ids];

    [Theory]
    [MemberData(nameof(EveryPack))]
    public void NoPack_HasAnAccountClauseEnforcedByReminder(string packId) =>
        BuiltInPacks.Get(packId).Clauses
            .Where(c => c.Kind == ClauseKind.Account && c.Enforce == EnforceMechanism.Reminder)
            .Select(c => c.Id)
            .ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(EveryPack))]
    public void Attestation_RegisterDate_StatesAndCitesNothing(string packId)
    {
        var pack = BuiltInPacks.Get(packId);
        var due = new DateOnly(2025, 9, 1);
        var account = (AccountFacts.Compliant with { NextAttestationOn = due }).Build(packId);

        AccountAttestation.Handle(account, pack, new DateOnly(2025, 8, 31)).State.ShouldBe(AttestationState.NotYetDue);
        AccountAttestation.Handle(account, pack, due).State.ShouldBe(AttestationState.DueToday);
        var overdue = AccountAttestation.Handle(account, pack, new DateOnly(2025, 9, 11));
        overdue.State.ShouldBe(AttestationState.Overdue);
        overdue.IsOverdue.ShouldBeTrue();
        overdue.DaysOverdue.ShouldBe(10);
        overdue.DueOn.ShouldBe(due);
        overdue.ClauseIds.ShouldBeEmpty();
        overdue.Message.ShouldContain("10 days overdue");
        overdue.Message.ShouldContain("sets no schedule");
    }

    [Fact]
    public void Attestation_NoDateSet_NotScheduled()
    {
        var account = (AccountFacts.Compliant with { NextAttestationOn = null }).Build("heathcoat");

        var status = AccountAttestation.Handle(account, BuiltInPacks.Get("heathcoat"), AccountFacts.Today);

        status.State.ShouldBe(AttestationState.NotScheduled);
        status.DueOn.ShouldBeNull();
        status.IsOverdue.ShouldBeFalse();
    }

    [Fact]
    public void Attestation_OneDayOverdue_SaysDaySingular() =>
        AccountAttestation.Handle(
            (AccountFacts.Compliant with { NextAttestationOn = new DateOnly(2025, 3, 2) }).Build("testbourne"),
            BuiltInPacks.Get("testbourne"),
            AccountFacts.Today).Message.ShouldContain("1 day overdue");
}
