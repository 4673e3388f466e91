using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Policies.Disagreements;

/// <summary>
/// Shared helpers for the CLAUSES.md §3 disagreement tests. Expectations are written from the clause
/// inventory and the binding readings, never read back from the packs.
/// </summary>
internal static class DisagreementAssertions
{
    public const string Chapmanslade = "chapmanslade";
    public const string Testbourne = "testbourne";
    public const string Cambrian = "cambrian";
    public const string StMarys = "st-marys-sefton";
    public const string Heathcoat = "heathcoat";

    public static IReadOnlyList<string> AllPackIds { get; } = [Chapmanslade, Testbourne, Cambrian, StMarys, Heathcoat];

    public static PolicyPack Pack(string packId) => BuiltInPacks.Get(packId);

    public static PackParameters Parameters(string packId) => Pack(packId).Parameters;

    /// <summary>The full clause id for an id written without its pack prefix (<c>5d.07</c>).</summary>
    /// <summary>Each of the five pack ids, for a theory that runs once per pack.</summary>
    public static TheoryData<string> EveryPack => [.. AllPackIds];

    public static string Id(string packId, string clause) => $"{packId}.{clause}";

    /// <summary>
    /// Asserts the pack answers the row (the parameter is present) and cites every named clause,
    /// written without the pack prefix.
    /// </summary>
    public static void ShouldCite(this PackParameter? parameter, string packId, params string[] clauses)
    {
        parameter.ShouldNotBeNull($"{packId} should answer this row but its parameter is missing (silence)");
        foreach (var clause in clauses)
        {
            parameter.Clauses.ShouldContain(
                Id(packId, clause),
                $"{packId}: the parameter cites [{string.Join(", ", parameter.Clauses)}] but not {Id(packId, clause)}");
        }
    }

    /// <summary>Asserts the citation list holds at least one of the candidate clauses.</summary>
    public static void ShouldCiteOneOf(this PackParameter? parameter, string packId, params string[] candidates)
    {
        parameter.ShouldNotBeNull($"{packId} should answer this row but its parameter is missing (silence)");
        var ids = candidates.Select(c => Id(packId, c)).ToList();
        parameter.Clauses.ShouldContain(
            c => ids.Contains(c),
            $"{packId}: the parameter cites [{string.Join(", ", parameter.Clauses)}], none of [{string.Join(", ", ids)}]");
    }

    /// <summary>Asserts a clause-id list (e.g. of a schedule or an approval) holds every named clause.</summary>
    public static void ShouldCiteAll(this IReadOnlyList<string> cited, string packId, params string[] clauses)
    {
        foreach (var clause in clauses)
        {
            cited.ShouldContain(Id(packId, clause), $"{packId}: cites [{string.Join(", ", cited)}] but not {Id(packId, clause)}");
        }
    }

    /// <summary>Asserts the pack is silent on a row: the engine must apply no rule, not borrow another pack's.</summary>
    public static void ShouldBeSilent(this object? parameter, string packId, string row) =>
        parameter.ShouldBeNull($"{packId} says nothing on {row}; its parameter must be absent, not another pack's answer");
}
