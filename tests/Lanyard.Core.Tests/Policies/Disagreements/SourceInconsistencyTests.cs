using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>
/// CLAUSES.md §3.2: each place a source contradicts itself is recorded in the pack (and so reported by
/// the loader as a warning) rather than silently resolved.
/// </summary>
public sealed class SourceInconsistencyTests
{
    [Theory]
    [InlineData(Cambrian, "meta.04", "monitoring-review.02")]
    [InlineData(Cambrian, "employer-action.04")]
    [InlineData(Cambrian, "breaches.06")]
    [InlineData(Cambrian, "acceptable-use.12", "app1.01")]
    [InlineData(Heathcoat, "staff.06", "parents-children.04")]
    [InlineData(Heathcoat, "meta.05")]
    [InlineData(Heathcoat, "staff.17")]
    [InlineData(Heathcoat, "staff.21")]
    [InlineData(Chapmanslade, "images.01", "review.01")]
    [InlineData(Chapmanslade, "review.04")]
    [InlineData(StMarys, "8-1.02")]
    [InlineData(StMarys, "meta.03")]
    [InlineData(Testbourne, "8.03")]
    [InlineData(Testbourne, "meta.06")]
    public void Inconsistency_IsRecordedWithItsClauses(string packId, params string[] clauses)
    {
        var ids = clauses.Select(c => Id(packId, c)).ToList();

        Pack(packId).Inconsistencies.ShouldContain(
            i => ids.All(id => i.Clauses.Contains(id)),
            $"{packId}: no inconsistency cites all of [{string.Join(", ", ids)}]");
    }

    [Fact]
    public void Inconsistency_StMarysMisnumberedParagraphsAreRecorded_2_2_printed_twice_8_x_printed_as_7_x()
    {
        string[] misnumbered = ["2-1.01", "2-2.01", "8-1.01", "8-1.02", "8-2.01", "8-2.02"];
        var ids = misnumbered.Select(c => Id(StMarys, c)).ToList();

        Pack(StMarys).Inconsistencies.ShouldContain(
            i => i.Clauses.Any(c => ids.Contains(c)) && (i.Note.Contains("2.2", StringComparison.Ordinal) || i.Note.Contains("7.", StringComparison.Ordinal)),
            "the duplicated 2.2 and the section 8 printed as 7.x must be recorded");
    }

    [Theory]
    [MemberData(nameof(EveryPack), MemberType = typeof(DisagreementAssertions))]
    public void Inconsistency_CitesOnlyClausesOfItsOwnPackAndSaysWhichReadingApplies(string packId)
    {
        var pack = Pack(packId);

        pack.Inconsistencies.ShouldNotBeEmpty($"{packId} has at least one §3.2 inconsistency");
        foreach (var inconsistency in pack.Inconsistencies)
        {
            inconsistency.Clauses.ShouldNotBeEmpty();
            inconsistency.Note.ShouldNotBeNullOrWhiteSpace();
            foreach (var id in inconsistency.Clauses)
            {
                pack.FindClause(id).ShouldNotBeNull($"{packId}: inconsistency cites unknown clause {id}");
            }
        }
    }
}
