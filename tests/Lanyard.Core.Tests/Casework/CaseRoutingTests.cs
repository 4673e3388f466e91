using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Tests.Casework;

public class CaseRoutingTests
{
    private static readonly DateOnly Today = new(2025, 11, 3);

    private static Person Staff(long id, params StaffRole[] roles) =>
        new() { Id = id, OrganisationId = 1, Kind = PersonKind.Staff, GivenName = "S", FamilyName = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Roles = roles };

    private static readonly Person Head = Staff(1, StaffRole.Headteacher);
    private static readonly Person Dsl = Staff(2, StaffRole.Dsl);
    private static readonly Person Deputy = Staff(3, StaffRole.DeputyHead);
    private static readonly Person SltMember = Staff(4, StaffRole.Slt);
    private static readonly Person Teacher = Staff(5, StaffRole.Teacher);
    private static readonly Person ItManager = Staff(6, StaffRole.ItManager);
    private static readonly Person HeadOfHouse = Staff(7, StaffRole.HeadOfHouse);
    private static readonly Person[] School = [Head, Dsl, Deputy, SltMember, Teacher, ItManager, HeadOfHouse];

    private static RoutingDecision Route(string pack, CaseType type, params Person[] absent) =>
        CaseRouting.Resolve(BuiltInPacks.Get(pack), type, School, [.. absent.Select(p => new Absence(p.Id, Today, Today))], Today);

    [Fact]
    public void Heathcoat_staff_19_HeadTeacherAndDslAreBothTold()
    {
        var decision = Route("heathcoat", CaseType.SafeguardingConcern);

        decision.Recipients.Select(r => (r.Person.Id, r.Role)).ShouldBe([(Head.Id, Role.Headteacher), (Dsl.Id, Role.Dsl)]);
        decision.Recipients.ShouldAllBe(r => r.Clause == "heathcoat.staff.19");
        decision.FallbackApplied.ShouldBeFalse();
    }

    [Fact]
    public void Heathcoat_staff_20_HeadAndDslAbsent_TheMostSeniorMemberOfStaffPresentIsTold()
    {
        var decision = Route("heathcoat", CaseType.SafeguardingConcern, Head, Dsl);

        decision.Recipients.ShouldHaveSingleItem().Person.ShouldBe(Deputy);
        decision.FallbackApplied.ShouldBeTrue();
        decision.Reasons.ShouldContain("The headteacher is absent today.");
        decision.Reasons.ShouldContain("None of the recipients the policy names is available; it sends the report to the most senior member of staff present (heathcoat.staff.20).");
    }

    [Fact]
    public void Heathcoat_staff_20_OnlyOneAbsent_TheOtherIsToldAndNoFallback()
    {
        var decision = Route("heathcoat", CaseType.SafeguardingConcern, Head);

        decision.Recipients.ShouldHaveSingleItem().Person.ShouldBe(Dsl);
        decision.FallbackApplied.ShouldBeFalse();
    }

    [Fact]
    public void Heathcoat_staff_21_OtherPupilConcernsGoToTheHeadOfHouse()
    {
        Route("heathcoat", CaseType.PupilMisconduct).Recipients.ShouldHaveSingleItem().ShouldBe(new RoutedRecipient(HeadOfHouse, Role.HeadOfHouse, "heathcoat.staff.21"));
    }

    [Fact]
    public void Heathcoat_sanctioned_04_ConcernsAboutSchoolPageContentGoToTheHeadTeacher()
    {
        Route("heathcoat", CaseType.ParentPost).Recipients.ShouldHaveSingleItem().Person.ShouldBe(Head);
    }

    [Fact]
    public void Testbourne_5c_16_AccidentalAccessGoesToTheItManagerAndSlt()
    {
        var decision = Route("testbourne", CaseType.AccidentalAccess);

        decision.Recipients.Select(r => r.Role).Distinct().ShouldBe([Role.ItManager, Role.Slt]);
        decision.Recipients.Select(r => r.Person).ShouldContain(ItManager);
        decision.Recipients.Select(r => r.Person).ShouldContain(SltMember);
    }

    [Fact]
    public void Testbourne_5b_08_SafeguardingNamesNoRecipient_LanyardsDefaultTheDslApplies()
    {
        var decision = Route("testbourne", CaseType.SafeguardingConcern);

        decision.Recipients.ShouldHaveSingleItem().ShouldBe(new RoutedRecipient(Dsl, Role.Dsl, null));
        decision.Reasons.ShouldBe(["The policy names no recipient (testbourne.5b.08); Lanyard's default, the DSL, applies."]);
    }

    [Fact]
    public void Cambrian_acceptable_use_20_UnsolicitedContactGoesToTheDslAtOnce()
    {
        var decision = Route("cambrian", CaseType.UnsolicitedContact);

        decision.Recipients.ShouldHaveSingleItem().Person.ShouldBe(Dsl);
        decision.Urgency.ShouldBe(Lanyard.Core.Policies.Parameters.Urgency.Immediate);
    }

    [Fact]
    public void StMarys_7_1_01_HeadteacherOrLineManager_AnyOneSuffices()
    {
        Route("st-marys-sefton", CaseType.OnlineAbuseOfStaff).Recipients.ShouldHaveSingleItem().Person.ShouldBe(Head);
    }

    [Fact]
    public void RoleNobodyHolds_IsGivenAsAReason_AndTheDefaultApplies()
    {
        var decision = CaseRouting.Resolve(BuiltInPacks.Get("st-marys-sefton"), CaseType.OnlineAbuseOfStaff, [Dsl, Teacher], [], Today);

        decision.Reasons.ShouldContain("Nobody at the school holds the role 'headteacher' that the policy names (st-marys-sefton.7-1.01).");
        decision.Reasons.ShouldContain("None of the recipients the policy names is available and the policy names no fallback; Lanyard's default, the DSL, applies.");
        decision.Recipients.ShouldHaveSingleItem().Person.ShouldBe(Dsl);
    }

    [Fact]
    public void TypeThePackDoesNotRoute_GoesToTheDsl_OrTheMostSeniorPresentWhenTheDslIsAway()
    {
        var decision = Route("chapmanslade", CaseType.ExcessiveUse, Dsl);

        decision.Reasons.ShouldBe(["The policy names no recipient for this type of case; Lanyard's default, the DSL, applies.", "The DSL is absent today; the most senior member of staff present receives it."]);
        decision.Recipients.ShouldHaveSingleItem().Person.ShouldBe(Head);
    }
}
