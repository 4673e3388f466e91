using Lanyard.Core.Checking;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Checking;

public class LessonTimeTests
{
    private static readonly IReadOnlyList<LessonPeriod> Timetable = LessonPeriod.ParseTimetable("Mon-Fri 09:00-10:30,10:45-12:15,13:15-15:00");

    private static CheckResult Check(string pack, DateTime at, PostChannel channel = PostChannel.PersonalAccount) =>
        new PostChecker([]).Check(
            new Draft { Text = "Lovely weather today", Channel = channel, PostedAt = at },
            new CheckContext { Pack = BuiltInPacks.Get(pack), Today = DateOnly.FromDateTime(at), LessonTimes = Timetable });

    // cambrian.acceptable-use.21: personal post at 10:15 within a timetabled lesson → block; at 12:30 lunch → allow.
    [Fact]
    public void Cambrian_acceptable_use_21_PostDuringALesson_Blocks()
    {
        var finding = Check("cambrian", new DateTime(2025, 11, 21, 10, 15, 0)).Findings.ShouldHaveSingleItem();

        (finding.Verdict, finding.ClauseId).ShouldBe((Verdict.Block, "cambrian.acceptable-use.21"));
        finding.Message.ShouldBe("Posted at 10:15 on a Friday, during a timetabled lesson");
    }

    [Theory]
    [InlineData(2025, 11, 21, 12, 30)] // lunch
    [InlineData(2025, 11, 22, 10, 15)] // Saturday
    [InlineData(2025, 11, 21, 10, 30)] // the end of a period is break time
    public void Cambrian_acceptable_use_21_OutsideLessons_Allows(int y, int m, int d, int h, int min)
    {
        Check("cambrian", new DateTime(y, m, d, h, min, 0)).Verdict.ShouldBe(Verdict.Allow);
    }

    [Theory]
    [InlineData("testbourne", PostChannel.PersonalAccount)]
    [InlineData("chapmanslade", PostChannel.PersonalAccount)]
    [InlineData("cambrian", PostChannel.SchoolAccount)]
    public void PacksSilentOnLessonTime_ApplyNothing(string pack, PostChannel channel)
    {
        Check(pack, new DateTime(2025, 11, 21, 10, 15, 0), channel).Verdict.ShouldBe(Verdict.Allow);
    }

    [Fact]
    public void ParseTimetable_DayRangesAndSingleDays()
    {
        var periods = LessonPeriod.ParseTimetable("Mon-Wed 09:00-10:00; Fri 13:00-14:00");

        periods.Count.ShouldBe(4);
        periods.ShouldContain(new LessonPeriod(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(10, 0)));
        periods.ShouldContain(new LessonPeriod(DayOfWeek.Friday, new TimeOnly(13, 0), new TimeOnly(14, 0)));
    }

    [Theory]
    [InlineData("Mon-Fri", "needs days then periods")]
    [InlineData("Mun 09:00-10:00", "'Mun' is not a day")]
    [InlineData("Mon 10:00-09:00", "'10:00-09:00' is not a period")]
    [InlineData("Mon 9-10", "'9-10' is not a period")]
    public void ParseTimetable_BadText_SaysWhichPart(string text, string problem)
    {
        Should.Throw<FormatException>(() => LessonPeriod.ParseTimetable(text)).Message.ShouldContain(problem);
    }
}
