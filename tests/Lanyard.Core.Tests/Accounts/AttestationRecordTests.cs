using Lanyard.Core.Accounts;

namespace Lanyard.Core.Tests.Accounts;

public sealed class AttestationRecordTests
{
    private static readonly AccountPerson Ian = new(4, "Ian Tech");

    [Fact]
    public void New_NextDateNotAfterTheAttestation_Throws()
    {
        var day = new DateOnly(2026, 12, 5);

        Should.Throw<ArgumentException>(() => new AttestationRecord(Ian, day, day)).ParamName.ShouldBe("nextAttestationOn");
    }

    [Fact]
    public void New_BlankNote_IsNoNote_AndANoteIsTrimmed()
    {
        new AttestationRecord(Ian, new DateOnly(2026, 12, 5), new DateOnly(2027, 12, 1), "  ").Note.ShouldBeNull();
        new AttestationRecord(Ian, new DateOnly(2026, 12, 5), new DateOnly(2027, 12, 1), " Admins checked. ").Note.ShouldBe("Admins checked.");
    }

    [Fact]
    public void New_NoteTooLong_Throws() =>
        Should.Throw<ArgumentException>(() => new AttestationRecord(Ian, new DateOnly(2026, 12, 5), new DateOnly(2027, 12, 1), new string('x', 2001))).ParamName.ShouldBe("note");

    [Fact]
    public void Attestation_SchoolWithoutAPack_StillCountsTheDays()
    {
        var account = (AccountFacts.Compliant with { NextAttestationOn = new DateOnly(2025, 3, 1) }).Build("testbourne");

        var status = AccountAttestation.Handle(account, null, AccountFacts.Today);

        status.State.ShouldBe(AttestationState.Overdue);
        status.DaysOverdue.ShouldBe(2);
        status.Message.ShouldContain("the school has no policy attached");
    }
}
