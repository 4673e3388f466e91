using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>The five shipped packs exist, load, and cite only their own clauses for every §3 answer.</summary>
public sealed class BuiltInPackCitationTests
{
    [Fact]
    public void Ids_AreTheFiveShippedPacks() =>
        BuiltInPacks.Ids.ShouldBe(AllPackIds, ignoreOrder: true);

    [Theory]
    [MemberData(nameof(EveryPack), MemberType = typeof(DisagreementAssertions))]
    public void Get_ReturnsThePackWithThatId(string packId) =>
        Pack(packId).Id.ShouldBe(packId);

    [Theory]
    [MemberData(nameof(EveryPack), MemberType = typeof(DisagreementAssertions))]
    public void EveryParameter_CitesAtLeastOneExistingClauseOfItsOwnPack(string packId)
    {
        var pack = Pack(packId);
        var parameters = typeof(PackParameters).GetProperties()
            .Select(p => (p.Name, Value: p.GetValue(pack.Parameters) as PackParameter))
            .Where(p => p.Value is not null)
            .ToList();

        parameters.ShouldNotBeEmpty();
        foreach (var (name, value) in parameters)
        {
            value!.Clauses.ShouldNotBeEmpty($"{packId}.{name} cites no clause");
            foreach (var id in value.Clauses)
            {
                pack.FindClause(id).ShouldNotBeNull($"{packId}.{name} cites {id}, which is not a clause of the pack");
            }
        }
    }
}
