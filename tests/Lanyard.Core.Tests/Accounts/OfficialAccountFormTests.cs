using Lanyard.Core.Accounts;
using Lanyard.Core.Time;

namespace Lanyard.Core.Tests.Accounts;

/// <summary>The form the add and edit pages bind, and the pieces that read it.</summary>
public sealed class OfficialAccountFormTests
{
    private sealed class ZonedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }

    [Fact]
    public void From_StoredAccount_FillsEveryFieldAsTheFormWritesIt()
    {
        var account = (AccountFacts.Compliant with
        {
            Purpose = Lanyard.Core.Policies.Parameters.AccountPurpose.ClosedSpace,
            PupilAccess = PupilAccess.Pupils([0, 1, 2], since: new DateOnly(2025, 1, 9)),
            PersonalAccountLink = PersonalAccountLink.LinkedToPersonalAccount,
        }).Build("heathcoat");

        var form = OfficialAccountForm.From(account);

        form.Platform.ShouldBe("Twitter");
        form.Handle.ShouldBe("@SchoolClass6");
        form.Purpose.ShouldBe("closed-space");
        form.LinkedEmail.ShouldBe("office@heathcoat.devon.sch.uk");
        form.Admins.ShouldBe([new OfficialAccountForm.Admin { PersonId = 11, Name = "Beth Baker" }]);
        form.ApproverPersonId.ShouldBe(1);
        form.ApproverRole.ShouldBe("headteacher");
        form.ApprovedOn.ShouldBe(new DateOnly(2025, 1, 6));
        form.PupilsUseIt.ShouldBeTrue();
        form.PupilYearGroups.ShouldBe("Reception, 1, 2");
        form.PupilAccessSince.ShouldBe(new DateOnly(2025, 1, 9));
        form.PersonalAccountLink.ShouldBe("linked-to-personal-account");
        form.NextAttestationOn.ShouldBe(new DateOnly(2025, 9, 1));
    }

    [Fact]
    public void Explain_DropsTheParameterTailDotNetAppends()
    {
        var thrown = Should.Throw<ArgumentException>(() => EmailAddress.Parse("beth@", "email"));

        AccountFormBinding.Explain(thrown).ShouldBe("'beth@' is not an email address: write it as name@example.sch.uk.");
    }

    [Fact]
    public void Explain_OutOfRange_DropsTheActualValueToo()
    {
        var thrown = Should.Throw<ArgumentOutOfRangeException>(() => PupilAccess.Pupils(youngestAge: 2));

        AccountFormBinding.Explain(thrown).ShouldBe("A pupil's age is between 3 and 19.");
    }

    [Theory]
    [InlineData("closed-space")]
    [InlineData("Closed space")]
    [InlineData("ClosedSpace")]
    [InlineData(" CLOSED_SPACE ")]
    public void Choice_KebabSpacedOrPascal_Read(string text)
    {
        var errors = new Dictionary<string, string>();

        AccountFormBinding.Choice<Lanyard.Core.Policies.Parameters.AccountPurpose>(text, errors, "Purpose", "Choose.")
            .ShouldBe(Lanyard.Core.Policies.Parameters.AccountPurpose.ClosedSpace);
        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("marketing")]
    public void Choice_NotAChoice_FilesTheMessage(string? text)
    {
        var errors = new Dictionary<string, string>();

        AccountFormBinding.Choice<Lanyard.Core.Policies.Parameters.AccountPurpose>(text, errors, "Purpose", "Choose.").ShouldBeNull();
        errors.ShouldBe(new Dictionary<string, string> { ["Purpose"] = "Choose." });
    }

    /// <summary>23:30 UTC on 30 June is half past midnight on 1 July in British Summer Time: the school's day is 1 July.</summary>
    [Fact]
    public void Today_IsTheSchoolsLocalDay_NotUtcs()
    {
        var summerTime = TimeZoneInfo.CreateCustomTimeZone("UK summer", TimeSpan.FromHours(1), "UK summer", "UK summer");
        var clock = new ZonedClock(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), summerTime);

        UkTime.Today(clock).ShouldBe(new DateOnly(2026, 7, 1));
    }
}
