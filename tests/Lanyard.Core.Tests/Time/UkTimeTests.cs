using System.Globalization;
using Lanyard.Core.Tests.Users;
using Lanyard.Core.Time;

namespace Lanyard.Core.Tests.Time;

/// <summary>
/// UK clock time from the rule (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
/// last Sunday of October), checked at the changeover instants of 2025 and 2026.
/// </summary>
public class UkTimeTests
{
    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTime Wall(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-29 00:59", "2026-03-29T00:59:00+00:00", "GMT")]
    [InlineData("2026-03-29 01:00", "2026-03-29T02:00:00+01:00", "BST")]
    [InlineData("2026-10-25 00:59", "2026-10-25T01:59:00+01:00", "BST")]
    [InlineData("2026-10-25 01:00", "2026-10-25T01:00:00+00:00", "GMT")]
    [InlineData("2025-03-30 00:59", "2025-03-30T00:59:00+00:00", "GMT")]
    [InlineData("2025-03-30 01:00", "2025-03-30T02:00:00+01:00", "BST")]
    [InlineData("2025-10-26 00:59", "2025-10-26T01:59:00+01:00", "BST")]
    [InlineData("2025-10-26 01:00", "2025-10-26T01:00:00+00:00", "GMT")]
    [InlineData("2026-01-15 12:00", "2026-01-15T12:00:00+00:00", "GMT")]
    [InlineData("2026-07-01 09:15", "2026-07-01T10:15:00+01:00", "BST")]
    [InlineData("2026-12-31 23:30", "2026-12-31T23:30:00+00:00", "GMT")]
    public void ToUk_AtTheChangeovers_ShowsTheClockTheUkShowed(string utc, string iso, string label)
    {
        var at = Utc(utc);
        UkTime.Iso(at).ShouldBe(iso);
        UkTime.Label(at).ShouldBe(label);
        UkTime.ToUk(at).ShouldBe(at, "the same instant, only written on the UK clock");
    }

    [Fact]
    public void Format_WritesUkTimeWithTheRightLabel()
    {
        UkTime.Format(Utc("2026-07-01 09:15"), "d MMMM yyyy, HH:mm").ShouldBe("1 July 2026, 10:15 BST");
        UkTime.Format(Utc("2026-01-15 09:15"), "d MMMM yyyy, HH:mm").ShouldBe("15 January 2026, 09:15 GMT");
    }

    [Theory]
    [InlineData("2026-07-01 10:15", "2026-07-01 09:15")]
    [InlineData("2026-01-15 10:15", "2026-01-15 10:15")]
    [InlineData("2026-03-29 00:59", "2026-03-29 00:59")]
    [InlineData("2026-03-29 02:00", "2026-03-29 01:00")]
    [InlineData("2026-10-25 00:59", "2026-10-24 23:59")]
    [InlineData("2026-10-25 02:00", "2026-10-25 02:00")]
    [InlineData("2025-10-26 02:30", "2025-10-26 02:30")]
    public void Read_AnOrdinaryUkTime_IsTheOneInstant(string typed, string utc)
    {
        var reading = UkTime.Read(Wall(typed));
        reading.Succeeded.ShouldBeTrue(reading.Error);
        reading.Instant.ShouldBe(Utc(utc));
    }

    [Theory]
    [InlineData("2026-03-29 01:00")]
    [InlineData("2026-03-29 01:30")]
    [InlineData("2026-03-29 01:59")]
    [InlineData("2025-03-30 01:15")]
    public void Read_InTheSpringGap_IsRefusedNamingTheGap(string typed)
    {
        var reading = UkTime.Read(Wall(typed), UkZone.Bst);
        reading.Problem.ShouldBe(UkTimeProblem.Gap);
        reading.Instant.ShouldBeNull();
        reading.Error.ShouldNotBeNull();
        reading.Error.ShouldContain($"There was no {typed[11..]} in the UK");
        reading.Error.ShouldContain("clocks went forward");
    }

    [Fact]
    public void Read_InTheRepeatedAutumnHour_IsRefusedOfferingBothReadings()
    {
        var reading = UkTime.Read(Wall("2026-10-25 01:30"));
        reading.Problem.ShouldBe(UkTimeProblem.Ambiguous);
        reading.Instant.ShouldBeNull();
        reading.Error.ShouldBe("01:30 on 25 October 2026 happened twice in the UK: the clocks went back an hour at 02:00 BST. "
            + "Say which: 01:30 BST (the first, 00:30 UTC) or 01:30 GMT (the second, 01:30 UTC).");
    }

    [Theory]
    [InlineData("2026-10-25 01:30", UkZone.Bst, "2026-10-25 00:30")]
    [InlineData("2026-10-25 01:30", UkZone.Gmt, "2026-10-25 01:30")]
    [InlineData("2025-10-26 01:00", UkZone.Bst, "2025-10-26 00:00")]
    [InlineData("2025-10-26 01:59", UkZone.Gmt, "2025-10-26 01:59")]
    public void Read_InTheRepeatedAutumnHour_WithAChoice_IsThatReading(string typed, UkZone chosen, string utc)
    {
        var reading = UkTime.Read(Wall(typed), chosen);
        reading.Instant.ShouldBe(Utc(utc));
        UkTime.Label(reading.Instant!.Value).ShouldBe(UkTime.Label(chosen));
    }

    [Fact]
    public void Read_AChoiceOnAnUnambiguousTime_DoesNotMoveIt()
    {
        UkTime.Read(Wall("2026-07-01 10:15"), UkZone.Gmt).Instant.ShouldBe(Utc("2026-07-01 09:15"));
    }

    [Fact]
    public void Read_IgnoresTheKindOfTheTypedTime()
    {
        var typed = DateTime.SpecifyKind(Wall("2026-07-01 10:15"), DateTimeKind.Utc);
        UkTime.Read(typed).Instant.ShouldBe(Utc("2026-07-01 09:15"));
    }

    [Theory]
    [InlineData("2026-06-30 22:59", "2026-06-30")]
    [InlineData("2026-06-30 23:00", "2026-07-01")]
    [InlineData("2026-06-30 23:30", "2026-07-01")]
    [InlineData("2026-01-14 23:30", "2026-01-14")]
    [InlineData("2026-01-15 00:00", "2026-01-15")]
    [InlineData("2026-08-31 23:30", "2026-09-01")]
    [InlineData("2026-12-31 23:30", "2026-12-31")]
    public void Today_TheUkDayStartsAtUkMidnight(string utc, string day)
    {
        UkTime.Today(new ManualClock(Utc(utc))).ShouldBe(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
