using Lanyard.Core.Casework;
using Lanyard.Core.People;
using static Lanyard.Core.Tests.Casework.CaseFiles;

namespace Lanyard.Core.Tests.Casework.Access;

/// <summary>
/// Issue 5, "Access by role and relationship", for every register role against every case type, as
/// reporter or not, at their own school or another: the expected levels are written out here from the
/// issue's words, not worked out from <see cref="CaseAccess"/>.
/// </summary>
public sealed class CaseAccessTableTests
{
    // Columns, in this order:
    //   safeguarding-concern, unsolicited-contact, online-abuse-of-staff, parent-post, pupil-misconduct,
    //   staff-breach, accidental-access, journalist-contact, indecent-image-evidence, excessive-use.
    // F full, A anonymised, S the status of their own report, N nothing.
    // "safeguarding cases only to DSL, deputy DSL and headteacher" (safeguarding concern, unsolicited
    // contact, indecent-image evidence); "staff-breach investigations only to SLT and the investigating
    // officer" (an officer not assigned to this one reads nothing); other types to leadership and the
    // safeguarding leads; "a reporter sees the status of their own reports only"; "governors see
    // anonymised reports only".
    private static readonly Dictionary<StaffRole, (string NotReporter, string Reporter)> Expected = new()
    {
        [StaffRole.Headteacher] = ("FFFFFFFFFF", "FFFFFFFFFF"),
        [StaffRole.DeputyHead] = ("NNFFFFFFNF", "SSFFFFFFSF"),
        [StaffRole.Slt] = ("NNFFFFFFNF", "SSFFFFFFSF"),
        [StaffRole.Dsl] = ("FFFFFNFFFF", "FFFFFSFFFF"),
        [StaffRole.DeputyDsl] = ("FFFFFNFFFF", "FFFFFSFFFF"),
        [StaffRole.ItManager] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.LineManager] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.HeadOfHouse] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.Governor] = ("AAAAAAAAAA", "AAAAAAAAAA"),
        [StaffRole.ChairOfGovernors] = ("AAAAAAAAAA", "AAAAAAAAAA"),
        [StaffRole.InvestigatingOfficer] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.Coo] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.Contractor] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.Volunteer] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.Agency] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.CommsLead] = ("NNNNNNNNNN", "SSSSSSSSSS"),
        [StaffRole.Teacher] = ("NNNNNNNNNN", "SSSSSSSSSS"),
    };

    private static readonly CaseType[] Columns =
    [
        CaseType.SafeguardingConcern, CaseType.UnsolicitedContact, CaseType.OnlineAbuseOfStaff, CaseType.ParentPost, CaseType.PupilMisconduct,
        CaseType.StaffBreach, CaseType.AccidentalAccess, CaseType.JournalistContact, CaseType.IndecentImageEvidence, CaseType.ExcessiveUse,
    ];

    public static TheoryData<StaffRole, CaseType, bool, bool> Combinations()
    {
        var data = new TheoryData<StaffRole, CaseType, bool, bool>();
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            foreach (var type in Enum.GetValues<CaseType>())
            {
                foreach (var reporter in new[] { false, true })
                {
                    foreach (var ownSchool in new[] { true, false })
                    {
                        data.Add(role, type, reporter, ownSchool);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void Table_CoversEveryRoleAndEveryType()
    {
        Expected.Keys.Order().ShouldBe(Enum.GetValues<StaffRole>().Order());
        Columns.Order().ShouldBe(Enum.GetValues<CaseType>().Order());
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void LevelFor_EveryRoleEveryType_MatchesTheIssue(StaffRole role, CaseType type, bool reporter, bool ownSchool)
    {
        const long Me = 42;
        var file = File(type, ownSchool ? School : OtherSchool, reporter: reporter ? Me : ReporterPersonId);
        var row = reporter ? Expected[role].Reporter : Expected[role].NotReporter;
        var expected = ownSchool ? Level(row[Array.IndexOf(Columns, type)]) : CaseAccessLevel.None;

        CaseAccess.LevelFor(Actor(Me, School, role), file, [School]).ShouldBe(expected);
    }

    private static CaseAccessLevel Level(char letter) => letter switch
    {
        'F' => CaseAccessLevel.Full,
        'A' => CaseAccessLevel.Anonymised,
        'S' => CaseAccessLevel.OwnStatusOnly,
        'N' => CaseAccessLevel.None,
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Unknown level letter."),
    };
}
