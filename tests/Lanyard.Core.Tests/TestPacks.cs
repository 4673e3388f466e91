namespace Lanyard.Core.Tests;

/// <summary>A small, valid pack every loader test starts from and breaks in one place.</summary>
internal static class TestPacks
{
    public const string Minimal = """
        formatVersion: 1
        id: example-primary
        title: Example Primary School Social Media Policy
        organisation:
          name: Example Primary School
          level: school
        source:
          file: example.txt
          sha256: 0000000000000000000000000000000000000000000000000000000000000000
        version: "1.0"
        approval:
          kind: body
          body: Governing Board
          date: 2024-09
          clauses: [example-primary.meta.01]
        review:
          cycleMonths: 12
          lastReviewed: 2024-09-15
          clauses: [example-primary.meta.01]
        boundRoles: [staff, governors]
        parameters:
          formerPupilContact:
            blocked: under-age
            age: 18
            actions: [accept-request, send-request]
            clauses: [example-primary.staff.01]
        clauses:
          - id: example-primary.meta.01
            kind: governance
            enforce: record-only
            appliesTo: [governors]
            summary: Approved by the Governing Board in September 2024
          - id: example-primary.staff.01
            kind: connection
            enforce: connection-check
            appliesTo: [staff-personal-account]
            summary: Do not accept friend requests from former pupils under 18
            verdict: block
        """;

    /// <summary>The minimal pack with one exact piece of text replaced; fails loudly if the text is not there.</summary>
    public static string With(string find, string replace)
    {
        Minimal.ShouldContain(find);
        return Minimal.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in <paramref name="yaml"/>.</summary>
    public static int LineOf(string yaml, string text) =>
        yaml[..yaml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
