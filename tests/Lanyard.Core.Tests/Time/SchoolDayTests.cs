using Lanyard.Core.Accounts;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Time;

/// <summary>The school's "today" is the UK day whatever time zone the server runs in.</summary>
public class SchoolDayTests
{
    [Fact]
    public void AccountAttestations_CountTheUkDay_NotTheServersLocalDay()
    {
        // 23:30 UTC on 31 August 2026 is 00:30 BST on 1 September.
        var clock = new ManualClock(new DateTimeOffset(2026, 8, 31, 23, 30, 0, TimeSpan.Zero));

        AccountSchool.Today(clock).ShouldBe(new DateOnly(2026, 9, 1));
    }

    [Fact]
    public void AccountAttestations_InWinter_TheUkDayIsTheUtcDay()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        AccountSchool.Today(clock).ShouldBe(new DateOnly(2026, 12, 31));
    }
}
