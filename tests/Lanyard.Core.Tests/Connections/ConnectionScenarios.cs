using Lanyard.Core.Connections;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Connections;

/// <summary>
/// Builds connection questions against the shipped packs on a fixed day. Ages are made from a
/// date of birth well away from the birthday, unless a test is about the birthday itself.
/// </summary>
internal static class ConnectionScenarios
{
    /// <summary>The day every scenario is asked on, unless it says otherwise.</summary>
    public static readonly DateOnly Today = new(2026, 3, 15);

    /// <summary>A date of birth that makes someone exactly <paramref name="years"/> on <see cref="Today"/>, a month past the birthday.</summary>
    public static DateOnly BornAged(int years) => Today.AddYears(-years).AddMonths(-1);

    public static ConnectionSubject Pupil(int? age, string? name = "Sam") =>
        ConnectionSubject.CurrentPupil(age is { } years ? BornAged(years) : null, name);

    public static ConnectionSubject FormerPupil(int? age, string? name = "Sam") =>
        ConnectionSubject.FormerPupil(age is { } years ? BornAged(years) : null, new DateOnly(2024, 7, 19), name);

    /// <summary>The parent of one current pupil who joined in September 2022.</summary>
    public static ConnectionSubject ParentOfCurrentPupil(bool? taughtByStaffMember = false) =>
        ConnectionSubject.FamilyMemberOf([RelatedPupil.Current(BornAged(9), new DateOnly(2022, 9, 5), taughtByStaffMember, "Ava")], "Pat");

    public static ConnectionSubject ParentOfFormerPupil(int? childAge) =>
        ConnectionSubject.FamilyMemberOf([RelatedPupil.Former(childAge is { } years ? BornAged(years) : null, new DateOnly(2016, 9, 5), new DateOnly(2023, 7, 21), "Ava")], "Pat");

    public static ConnectionVerdict Ask(
        string packId,
        ConnectionAction action,
        ConnectionSubject subject,
        StaffRelationships? relationships = null,
        ExceptionGrant? exception = null,
        DateOnly? today = null,
        Role staffRole = Role.Staff) =>
        CheckConnection.Handle(Pack(packId), new ConnectionRequest
        {
            Action = action,
            Platform = "Instagram",
            Subject = subject,
            Relationships = relationships ?? StaffRelationships.None,
            Exception = exception,
            StaffRole = staffRole,
            Today = today ?? Today,
        });

    /// <summary>Every clause id the standing reasons cite.</summary>
    public static IEnumerable<string> CitedClauses(this ConnectionVerdict verdict) =>
        verdict.Reasons.SelectMany(r => r.ClauseIds);

    /// <summary>Asserts the verdict and that some reason cites the clause (written without the pack prefix).</summary>
    public static void ShouldDecide(this ConnectionVerdict verdict, Verdict expected, string clause)
    {
        verdict.Verdict.ShouldBe(expected, Describe(verdict));
        verdict.CitedClauses().ShouldContain($"{verdict.PackId}.{clause}", Describe(verdict));
    }

    /// <summary>The whole answer, for a failing assertion's message.</summary>
    public static string Describe(ConnectionVerdict verdict) =>
        $"{verdict.PackId}: {verdict.Verdict}; reasons: [{string.Join(" | ", verdict.Reasons.Select(r => $"{r.Verdict} {string.Join(",", r.ClauseIds)}: {r.Explanation}"))}]; notes: [{string.Join(" | ", verdict.Notes)}]";
}
