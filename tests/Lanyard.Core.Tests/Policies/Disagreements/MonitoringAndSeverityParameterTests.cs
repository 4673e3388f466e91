using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>CLAUSES.md §3 rows 22–23: monitoring of staff communications, and how serious a breach is.</summary>
public sealed class MonitoringAndSeverityParameterTests
{
    // Row 22 — monitoring (null = the pack says nothing on that point).
    [Theory]
    [InlineData(Chapmanslade, MonitoringMode.MayBeMonitored, null, null, null)]
    [InlineData(Testbourne, MonitoringMode.Continuous, null, AccessGate.LegitimateConcern, true)]
    [InlineData(Cambrian, MonitoringMode.OnSuspicion, null, AccessGate.ReasonableBeliefOfBreach, null)]
    [InlineData(Heathcoat, MonitoringMode.Continuous, false, null, null)]
    public void Row22_Monitoring_PerPack(
        string packId,
        MonitoringMode mode,
        bool? priorNotice,
        AccessGate? accessGate,
        bool? interceptionExceptionalOnly)
    {
        var monitoring = Parameters(packId).Monitoring;

        monitoring.ShouldNotBeNull($"{packId} answers row 22");
        monitoring.Mode.ShouldBe(mode, $"{packId} row 22 mode");
        monitoring.PriorNotice.ShouldBe(priorNotice, $"{packId} row 22 prior notice");
        monitoring.AccessGate.ShouldBe(accessGate, $"{packId} row 22 access gate");
        monitoring.InterceptionExceptionalOnly.ShouldBe(interceptionExceptionalOnly, $"{packId} row 22 interception only in exceptional cases");
    }

    [Theory]
    [InlineData(Chapmanslade, "behaviour.09")]
    [InlineData(Testbourne, "5c.05", "5c.06", "5c.08")]
    [InlineData(Cambrian, "monitoring-review.01")]
    [InlineData(Heathcoat, "monitoring.01")]
    public void Row22_Monitoring_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).Monitoring.ShouldCite(packId, clauses);

    [Fact]
    public void Row22_Monitoring_StMarysIsSilent() =>
        Parameters(StMarys).Monitoring.ShouldBeSilent(StMarys, "row 22 (monitoring)");

    // Row 23 — breach consequences.
    [Theory]
    [InlineData(Chapmanslade, null, new[] { BreachOutcome.Internal, BreachOutcome.Disciplinary, BreachOutcome.PoliceReferral })]
    [InlineData(Testbourne, Severity.Disciplinary, new[] { BreachOutcome.Warning, BreachOutcome.Dismissal, BreachOutcome.ItAccessWithdrawn, BreachOutcome.Disciplinary })]
    [InlineData(Cambrian, null, new BreachOutcome[0])]
    [InlineData(StMarys, Severity.Disciplinary, new[] { BreachOutcome.Disciplinary, BreachOutcome.PotentialGrossMisconduct, BreachOutcome.RemovalRequired })]
    [InlineData(Heathcoat, null, new[] { BreachOutcome.LegalAction, BreachOutcome.Disciplinary, BreachOutcome.Sanction })]
    public void Row23_BreachConsequences_DefaultSeverityAndOutcomesPerPack(string packId, Severity? defaultSeverity, BreachOutcome[] outcomes)
    {
        var consequences = Parameters(packId).BreachConsequences;

        consequences.ShouldNotBeNull($"{packId} answers row 23");
        consequences.DefaultSeverity.ShouldBe(defaultSeverity, $"{packId} row 23 default severity");
        consequences.Outcomes.ShouldBe(outcomes, ignoreOrder: true, $"{packId} row 23 outcomes");
    }

    [Fact]
    public void Row23_Cambrian_WeighsSeriousnessFactors_breaches_05_acceptable_use_06()
    {
        var consequences = Parameters(Cambrian).BreachConsequences;

        consequences.ShouldCite(Cambrian, "breaches.05");
        consequences!.SeriousnessFactors.ShouldBe(
            [
                SeriousnessFactor.Nature,
                SeriousnessFactor.TimeVisible,
                SeriousnessFactor.RecirculationPotential,
                SeriousnessFactor.Impact,
                SeriousnessFactor.Deliberateness,
            ],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(StMarys)]
    [InlineData(Heathcoat)]
    public void Row23_SeriousnessFactors_AreCambriansAlone(string packId) =>
        Parameters(packId).BreachConsequences!.SeriousnessFactors.ShouldBeEmpty($"{packId} names no seriousness factors");

    [Theory]
    [InlineData(Chapmanslade, "behaviour.13", "behaviour.14")]
    [InlineData(Testbourne, "7.02")]
    [InlineData(Cambrian, "breaches.05")]
    [InlineData(StMarys, "8-1.01", "8-1.02")]
    [InlineData(Heathcoat, "breaches.01")]
    public void Row23_BreachConsequences_CitesClauses(string packId, params string[] clauses) =>
        Parameters(packId).BreachConsequences.ShouldCite(packId, clauses);

    // Row 23 — St Mary's 8.1: breaches of 4.1(a–e) and 5.4(a–f) are potential gross misconduct; 4.1(f) is left out.
    public static TheoryData<string> StMarysGrossMisconductClauses { get; } =
    [
        "4-1a.01", "4-1a.02", "4-1b.01", "4-1c.01", "4-1d.01", "4-1e.01",
        "5-4a.01", "5-4b.01", "5-4c.01", "5-4c.02", "5-4d.01", "5-4d.02", "5-4e.01", "5-4f.01",
    ];

    [Theory]
    [MemberData(nameof(StMarysGrossMisconductClauses))]
    public void Row23_StMarys_ClauseIsPotentialGrossMisconduct_8_1_02(string clause)
    {
        var found = Pack(StMarys).FindClause(Id(StMarys, clause));

        found.ShouldNotBeNull($"{Id(StMarys, clause)} is in the clause inventory");
        found.Severity.ShouldBe(Severity.PotentialGrossMisconduct, $"8-1.02 lists {clause} as potential gross misconduct");
    }

    [Fact]
    public void Row23_StMarys_EveryClauseOfSections4_1aTo4_1eAnd5_4aTo5_4f_IsPotentialGrossMisconduct()
    {
        string[] sections = ["4-1a", "4-1b", "4-1c", "4-1d", "4-1e", "5-4a", "5-4b", "5-4c", "5-4d", "5-4e", "5-4f"];
        var clauses = Pack(StMarys).Clauses.Where(c => sections.Contains(c.Section) && !c.Withdrawn).ToList();

        clauses.Select(c => c.Section).Distinct().ShouldBe(sections, ignoreOrder: true, "every listed section has clauses");
        foreach (var clause in clauses)
        {
            clause.Severity.ShouldBe(Severity.PotentialGrossMisconduct, $"{clause.Id} falls under 8-1.02");
        }
    }

    [Fact]
    public void Row23_StMarys_NamesWithPicturesOnSchoolAccountsIsNotGrossMisconduct_4_1f_01()
    {
        var clause = Pack(StMarys).FindClause(Id(StMarys, "4-1f.01"));

        clause.ShouldNotBeNull();
        clause.Severity.ShouldNotBe(Severity.PotentialGrossMisconduct, "8-1.02 leaves 4.1(f) out of the gross-misconduct list");
        clause.Severity.ShouldBe(Severity.Disciplinary);
        Pack(StMarys).Inconsistencies.ShouldContain(
            i => i.Clauses.Contains(Id(StMarys, "8-1.02")),
            "the omission of 4.1(f) from 8-1.02 must be recorded");
    }

    [Theory]
    [InlineData(Chapmanslade)]
    [InlineData(Testbourne)]
    [InlineData(Cambrian)]
    [InlineData(Heathcoat)]
    public void Row23_PotentialGrossMisconduct_IsStMarysAlone(string packId) =>
        Pack(packId).Clauses.Where(c => c.Severity == Severity.PotentialGrossMisconduct).Select(c => c.Id)
            .ShouldBeEmpty($"{packId} never names potential gross misconduct");
}
