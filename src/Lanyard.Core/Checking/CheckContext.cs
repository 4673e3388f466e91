using Lanyard.Core.Checking.Content;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Checking;

/// <summary>What a check is judged against: the pack in force, the registers, and today.</summary>
public sealed record CheckContext
{
    private PupilNameDetector? _pupilNames;
    private ColleagueCriticismDetector? _colleagueCriticism;

    /// <summary>The pack whose parameters decide every verdict.</summary>
    public required PolicyPack Pack { get; init; }

    /// <summary>Today, from the injected clock: it decides the school year for consent.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The pupil roster.</summary>
    public IReadOnlyList<Pupil> Roster { get; init; } = [];

    /// <summary>Photo and name consent.</summary>
    public ConsentRegister Consent { get; init; } = ConsentRegister.Empty;

    /// <summary>Staff names, for tags.</summary>
    public IReadOnlyList<string> StaffNames { get; init; } = [];

    /// <summary>The author's timetabled lesson periods (for packs that ban social media during lessons).</summary>
    public IReadOnlyList<LessonPeriod> LessonTimes { get; init; } = [];

    /// <summary>The month the school year starts (default September).</summary>
    public int SchoolYearStartMonth { get; init; } = 9;

    /// <summary>The day of <see cref="SchoolYearStartMonth"/> the school year starts (default the 1st).</summary>
    public int SchoolYearStartDay { get; init; } = 1;

    /// <summary>
    /// The roster's name index, built once per context: a batch of posts against a 2,000-pupil
    /// roster must not rebuild it per post. Built on first use; a race only builds it twice.
    /// </summary>
    internal PupilNameDetector PupilNames => _pupilNames ??= new PupilNameDetector(Roster);

    /// <summary>The staff-criticism detector for this context's staff names, built once.</summary>
    internal ColleagueCriticismDetector ColleagueCriticism => _colleagueCriticism ??= new ColleagueCriticismDetector(StaffNames);

    /// <summary>The current school year.</summary>
    public SchoolYear SchoolYear => SchoolYear.Containing(Today, SchoolYearStartMonth, SchoolYearStartDay);
}
