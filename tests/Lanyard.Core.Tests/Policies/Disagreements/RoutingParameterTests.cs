using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 17–18: who receives a safeguarding concern, and a report of staff abused online.</summary>
public sealed class RoutingParameterTests
{
    // Row 17 — safeguarding recipient (null urgency = the pack sets none).
    [Theory]
    [InlineData(Chapmanslade, new[] { Role.SeniorStaff }, NotifyMode.AnyOne, Urgency.AsSoonAsPossible)]
    [InlineData(Testbourne, new Role[0], NotifyMode.AnyOne, null)]
    [InlineData(Cambrian, new[] { Role.Dsl }, NotifyMode.All, Urgency.Immediate)]
    [InlineData(StMarys, new[] { Role.SafeguardingLead }, NotifyMode.AnyOne, null)]
    [InlineData(Heathcoat, new[] { Role.Headteacher, Role.Dsl }, NotifyMode.All, null)]
    public void Row17_SafeguardingRouting_RecipientsPerPack(string packId, Role[] recipients, NotifyMode notify, Urgency? urgency)
    {
        var routing = Parameters(packId).SafeguardingRouting;

        routing.ShouldNotBeNull($"{packId} answers row 17");
        routing.Recipients.ShouldBe(recipients, ignoreOrder: true, $"{packId} row 17 recipients");
        routing.Notify.ShouldBe(notify, $"{packId} row 17 notify");
        routing.Urgency.ShouldBe(urgency, $"{packId} row 17 urgency");
    }

    [Theory]
    [InlineData(Chapmanslade, false, false, null, null)]
    [InlineData(Testbourne, true, false, null, null)]
    [InlineData(Cambrian, false, true, null, null)]
    [InlineData(StMarys, false, false, null, null)]
    [InlineData(Heathcoat, false, false, RoutingFallback.MostSeniorStaffPresent, Role.HeadOfHouse)]
    public void Row17_SafeguardingRouting_UnnamedRecipientFallbackAndHeadOfHousePerPack(
        string packId,
        bool recipientUnnamed,
        bool recipientAtPupilsSchool,
        RoutingFallback? fallback,
        Role? otherPupilConcernsTo)
    {
        var routing = Parameters(packId).SafeguardingRouting;

        routing.ShouldNotBeNull();
        routing.RecipientUnnamed.ShouldBe(recipientUnnamed, $"{packId} row 17 recipient unnamed");
        routing.RecipientAtPupilsSchool.ShouldBe(recipientAtPupilsSchool, $"{packId} row 17 recipient at the pupil's school");
        routing.Fallback.ShouldBe(fallback, $"{packId} row 17 fallback");
        routing.OtherPupilConcernsTo.ShouldBe(otherPupilConcernsTo, $"{packId} row 17 other pupil concerns");
    }

    [Theory]
    [InlineData(Chapmanslade, "behaviour.08")]
    [InlineData(Testbourne, "5b.08")]
    [InlineData(Cambrian, "reporting.01")]
    [InlineData(Heathcoat, "staff.19", "staff.20", "staff.21")]
    public void Row17_SafeguardingRouting_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).SafeguardingRouting.ShouldCite(packId, clauses);

    [Fact]
    public void Row17_StMarys_CitesChildProtectionOrSafeguardingLeadClause_5_5_01_or_8_2_02() =>
        Parameters(StMarys).SafeguardingRouting.ShouldCiteOneOf(StMarys, "5-5.01", "8-2.02");

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(StMarys)]
    public void Row17_DslIsNotAssumedWhereThePolicyNeverNamesOne(string packId) =>
        Parameters(packId).SafeguardingRouting!.Recipients.ShouldNotContain(Role.Dsl, $"{packId} never names a DSL");

    // Row 18 — staff being abused online.
    [Theory]
    [InlineData(Chapmanslade, new[] { Role.Slt }, NotifyMode.AnyOne, null)]
    [InlineData(Testbourne, new[] { Role.Slt }, NotifyMode.AnyOne, null)]
    [InlineData(Cambrian, new[] { Role.Dsl }, NotifyMode.All, Urgency.Immediate)]
    [InlineData(StMarys, new[] { Role.Headteacher, Role.LineManager }, NotifyMode.AnyOne, Urgency.Immediate)]
    public void Row18_StaffVictimRouting_RecipientsPerPack(string packId, Role[] recipients, NotifyMode notify, Urgency? urgency)
    {
        var routing = Parameters(packId).StaffVictimRouting;

        routing.ShouldNotBeNull($"{packId} answers row 18");
        routing.Recipients.ShouldBe(recipients, ignoreOrder: true, $"{packId} row 18 recipients");
        routing.Notify.ShouldBe(notify, $"{packId} row 18 notify");
        routing.Urgency.ShouldBe(urgency, $"{packId} row 18 urgency");
        routing.Fallback.ShouldBeNull($"{packId} row 18 has no fallback");
        routing.RecipientUnnamed.ShouldBeFalse($"{packId} row 18 names its recipient");
    }

    [Theory]
    [InlineData(Chapmanslade, "abuse.03")]
    [InlineData(Testbourne, "6a.05")]
    [InlineData(Cambrian, "cyberbullying.02")]
    [InlineData(StMarys, "7-1.01", "7-1.02")]
    public void Row18_StaffVictimRouting_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).StaffVictimRouting.ShouldCite(packId, clauses);

    [Fact]
    public void Row18_StaffVictimRouting_HeathcoatIsSilent() =>
        Parameters(Heathcoat).StaffVictimRouting.ShouldBeSilent(Heathcoat, "row 18 (staff victim routing)");
}
